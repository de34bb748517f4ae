/// A failure to write the sample exports.
public struct SampleDataError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
