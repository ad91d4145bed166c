import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A program Samspil runs for what Swift cannot do itself (pdftotext reads PDFs, Chromium prints them):
/// found on PATH or in the usual folders, run with a time limit, its messages kept for the error.
public enum ExternalProgram {
    public enum Location: Equatable, Sendable {
        case found(String)
        /// Where it was looked for, for the message that says how to install it.
        case missing(searched: String)
    }

    public enum Failure: Error {
        case errorFile(String, any Error)
        case notStarted(String, any Error)
        case timedOut(seconds: Int)
    }

    /// Searched after PATH: a server started by a service manager may have a short PATH.
    private static let usualFolders = ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin", "/bin", "/snap/bin"]

    /// `name` as a path, or looked up on PATH and in the usual folders.
    public static func find(_ name: String) -> Location {
        let files = FileManager.default
        if name.contains("/") {
            return files.isExecutableFile(atPath: name) ? .found(name) : .missing(searched: name)
        }
        var folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        folders += usualFolders.filter { !folders.contains($0) }
        for folder in folders {
            let candidate = (folder as NSString).appendingPathComponent(name)
            if files.isExecutableFile(atPath: candidate) { return .found(candidate) }
        }
        return .missing(searched: "\(name) i \(folders.joined(separator: ":"))")
    }

    /// Runs `program` and returns its exit status. Its messages go to the file `errors`, not a pipe: a pipe
    /// that nobody drains while the process runs fills up and stalls it. A run over `timeout` is stopped.
    public static func run(_ program: String, arguments: [String], errorsTo errors: URL, timeout: Duration)
        throws(Failure) -> Int32
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorFile: FileHandle
        do {
            errorFile = try FileHandle(forWritingTo: errors)
        } catch {
            throw .errorFile(errors.deletingLastPathComponent().path, error)
        }
        defer { try? errorFile.close() }
        process.standardError = errorFile

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .notStarted(program, error)
        }
        if finished.wait(timeout: .now() + seconds(timeout)) == .timedOut {
            process.terminate()  // SIGTERM first, to let it clean up
            if finished.wait(timeout: .now() + 2) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                finished.wait()
            }
            throw .timedOut(seconds: Int(seconds(timeout).rounded()))
        }
        process.waitUntilExit()  // returns at once; makes terminationStatus safe to read
        return process.terminationStatus
    }

    /// A day at most: longer is no limit at all, and it keeps the conversions below in range.
    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return min(max(Double(seconds) + Double(attoseconds) / 1e18, 0), 86_400)
    }

    /// What a program said, short enough for a message: its distinct lines, the first few, trimmed.
    public static func summary(of errors: String, limit: Int = 300) -> String {
        var seen: Set<String> = []
        var lines: [String] = []
        for line in errors.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, seen.insert(trimmed).inserted else { continue }
            lines.append(trimmed)
            if lines.count == 3 { break }
        }
        let joined = lines.joined(separator: "; ")
        return joined.count > limit ? String(joined.prefix(limit)) + " …" : joined
    }
}
