/// The version of risk, as `risk --version` prints it.
public enum RiskVersion {
    /// The version number.
    public static let current = "1.0.0"
}
