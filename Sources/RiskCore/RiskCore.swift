// RiskCore is the library a Swift user imports: the method (RiskMethod) and the system layer (RiskSystem) together.
@_exported import RiskMethod
@_exported import RiskSystem
