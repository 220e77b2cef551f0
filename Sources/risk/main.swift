print("risk")
