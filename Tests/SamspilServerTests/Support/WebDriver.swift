import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) for the end-to-end tests: it starts
// Debian's chromedriver, drives a headless Chromium through it, and cleans both up afterwards. Only
// what the tests need; every failure names the command and selector it was about.

/// Where the browser and its driver are, and whether the browser tests must run.
enum BrowserEnvironment {
    /// Set to 1 by `scripts/test`: a missing chromedriver is then a failure, not a skipped test.
    static let requireKey = "SAMSPIL_TEST_REQUIRE_BROWSER"

    static var isRequired: Bool { ProcessInfo.processInfo.environment[requireKey] == "1" }

    /// `chromedriver` on the PATH (Debian's chromium-driver puts it in /usr/bin).
    static var chromedriver: String? { executable(named: "chromedriver") }

    /// The browser chromedriver starts: Debian's `chromium` launcher.
    static var chromium: String? { executable(named: "chromium") }

    /// Run when the browser is installed, and always when required, so that a machine without it
    /// fails loudly in CI instead of passing by skipping.
    static var shouldRun: Bool { isRequired || (chromedriver != nil && chromium != nil) }

    static var skipReason: Comment {
        Comment(rawValue: "chromedriver or chromium is not installed (apt-get install chromium chromium-driver); "
            + "skipped. Set \(requireKey)=1 to make this a failure.")
    }

    private static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A failed WebDriver command: which one, on what, and what the driver said.
struct WebDriverError: Error, CustomStringConvertible {
    /// What the test asked for, e.g. `find element "#email"`.
    let command: String
    /// The W3C error code (`no such element`, `stale element reference`, ...) or a local one (`timeout`).
    let error: String
    let message: String

    var description: String { "WebDriver: \(command) failed: \(error): \(message)" }
}

/// A browser session on a chromedriver this process started. `quit()` ends both; `withBrowser` calls it.
final class WebDriver: Sendable {
    let sessionID: String
    private let http: WebDriverHTTP
    private let driver: ChromeDriverProcess

    /// The Chrome switches: headless, as root (hence no sandbox), in a container (small /dev/shm),
    /// at a fixed size so screenshots are comparable, and in Danish as the app's users are.
    static let chromeArguments = [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1024", "--lang=da",
    ]

    private init(sessionID: String, http: WebDriverHTTP, driver: ChromeDriverProcess) {
        self.sessionID = sessionID
        self.http = http
        self.driver = driver
    }

    /// Starts chromedriver on a free port and opens a session with a fresh headless Chromium.
    static func start() async throws -> WebDriver {
        guard let chromedriver = BrowserEnvironment.chromedriver else {
            throw WebDriverError(command: "start chromedriver", error: "not installed",
                                 message: "no chromedriver on the PATH; install it with apt-get install chromium-driver")
        }
        guard let chromium = BrowserEnvironment.chromium else {
            throw WebDriverError(command: "start chromedriver", error: "not installed",
                                 message: "no chromium on the PATH; install it with apt-get install chromium")
        }
        let driver = try await ChromeDriverProcess.start(executable: chromedriver)
        let http = WebDriverHTTP(base: driver.baseURL)
        do {
            let capabilities: [String: Any] = [
                "browserName": "chrome",
                "goog:chromeOptions": [
                    "binary": chromium,
                    "args": chromeArguments,
                    // --lang sets the UI; the Accept-Language header the app reads comes from this pref.
                    "prefs": ["intl.accept_languages": "da"],
                ] as [String: Any],
                // Page loads are waited for by navigate; elements are never waited for implicitly, so a
                // missing element fails at once and waits are explicit (`waitUntil`).
                "timeouts": ["implicit": 0, "pageLoad": 30_000, "script": 30_000],
            ]
            let value = try await http.send("POST", "/session", ["capabilities": ["alwaysMatch": capabilities]],
                                            command: "create session")
            guard let sessionID = (value as? [String: Any])?["sessionId"] as? String else {
                throw WebDriverError(command: "create session", error: "unexpected answer", message: "\(value)")
            }
            return WebDriver(sessionID: sessionID, http: http, driver: driver)
        } catch {
            await driver.stop()
            throw error
        }
    }

    // MARK: Navigation and the page

    /// Opens a URL and returns when the page has loaded.
    func navigate(to url: URL) async throws {
        _ = try await command("POST", "/url", ["url": url.absoluteString], "navigate to \(url.absoluteString)")
    }

    var currentURL: URL {
        get async throws {
            let value = try await command("GET", "/url", nil, "read the current URL")
            guard let text = value as? String, let url = URL(string: text) else {
                throw WebDriverError(command: "read the current URL", error: "unexpected answer", message: "\(value)")
            }
            return url
        }
    }

    var title: String {
        get async throws { try await string("GET", "/title", "read the title") }
    }

    var pageSource: String {
        get async throws { try await string("GET", "/source", "read the page source") }
    }

    /// The visible viewport as PNG.
    func screenshot() async throws -> Data {
        let base64 = try await string("GET", "/screenshot", "take a screenshot")
        guard let png = Data(base64Encoded: base64) else {
            throw WebDriverError(command: "take a screenshot", error: "unexpected answer", message: "not base64")
        }
        return png
    }

    func deleteAllCookies() async throws {
        _ = try await command("DELETE", "/cookie", nil, "delete all cookies")
    }

    /// Sets the value of a date or time field. Typing into those depends on the browser's locale (day
    /// first in Danish), so tests set the ISO value the field posts, as a date picker would.
    func setValue(css selector: String, to value: String) async throws {
        let script = "const field = document.querySelector(arguments[0]); field.value = arguments[1]; return field.value;"
        let result = try await command("POST", "/execute/sync", ["script": script, "args": [selector, value]],
                                       "set the value of \(selector)")
        guard result as? String == value else {
            throw WebDriverError(command: "set the value of \(selector)", error: "value not taken", message: "\(result)")
        }
    }

    // MARK: Elements

    /// The first element matching a CSS selector; fails with `no such element` if there is none.
    func findElement(css selector: String) async throws -> WebElement {
        try await find(css: selector, from: "", describedAs: selector)
    }

    /// Every element matching a CSS selector, in document order; empty if there is none.
    func findElements(css selector: String) async throws -> [WebElement] {
        try await findAll(css: selector, from: "", describedAs: selector)
    }

    /// `from` is "" for the document or "/element/ID" for within an element.
    fileprivate func find(css selector: String, from scope: String, describedAs description: String) async throws -> WebElement {
        let value = try await command("POST", scope + "/element", ["using": "css selector", "value": selector],
                                      "find element \"\(description)\"")
        guard let id = Self.elementID(value) else {
            throw WebDriverError(command: "find element \"\(description)\"", error: "unexpected answer", message: "\(value)")
        }
        return WebElement(driver: self, id: id, selector: description)
    }

    fileprivate func findAll(css selector: String, from scope: String, describedAs description: String) async throws -> [WebElement] {
        let value = try await command("POST", scope + "/elements", ["using": "css selector", "value": selector],
                                      "find elements \"\(description)\"")
        guard let list = value as? [Any] else {
            throw WebDriverError(command: "find elements \"\(description)\"", error: "unexpected answer", message: "\(value)")
        }
        return list.compactMap(Self.elementID).enumerated().map { index, id in
            WebElement(driver: self, id: id, selector: "\(description) #\(index + 1)")
        }
    }

    /// The key W3C uses for element references in JSON.
    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    private static func elementID(_ value: Any) -> String? {
        (value as? [String: Any])?[elementKey] as? String
    }

    // MARK: Waiting

    /// Polls `condition` until it is true. Errors while polling (a stale element during a page load,
    /// an element not there yet) count as "not yet"; the last one is reported if time runs out.
    func waitUntil(
        _ description: String, timeout: Duration = .seconds(10), interval: Duration = .milliseconds(100),
        _ condition: () async throws -> Bool
    ) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var lastError: (any Error)?
        while true {
            do {
                if try await condition() { return }
                lastError = nil
            } catch {
                lastError = error
            }
            guard clock.now < deadline else { break }
            try await Task.sleep(for: interval)
        }
        let current = (try? await currentURL.absoluteString) ?? "unknown"
        throw WebDriverError(
            command: "wait until \(description)", error: "timeout",
            message: "not so after \(timeout) (page: \(current))" + (lastError.map { "; last error: \($0)" } ?? ""))
    }

    /// Clicks `element` and waits until the page it was on is gone: a form's submit button, whose next
    /// page may look like the last one (the same message after adding a second item).
    func clickAndWaitForNextPage(_ element: WebElement) async throws {
        let page = try await findElement(css: "html")
        try await element.click()
        try await waitUntil("the next page has loaded") {
            do {
                _ = try await page.text
                return false
            } catch let error as WebDriverError where error.error == "stale element reference" {
                return true
            }
        }
    }

    /// Waits for an element to appear, e.g. on the page a form submit leads to.
    func waitForElement(css selector: String, timeout: Duration = .seconds(10)) async throws -> WebElement {
        var found: WebElement?
        try await waitUntil("\"\(selector)\" is on the page", timeout: timeout) {
            found = try await findElements(css: selector).first
            return found != nil
        }
        guard let found else { throw WebDriverError(command: "wait for \"\(selector)\"", error: "timeout", message: "gone") }
        return found
    }

    /// Waits until the browser is at a path of the site (after a redirect, say).
    func waitForPath(_ path: String, timeout: Duration = .seconds(10)) async throws {
        try await waitUntil("the browser is at \(path)", timeout: timeout) {
            try await currentURL.path == path
        }
    }

    // MARK: Ending

    /// Ends the session (Chromium closes) and stops chromedriver and anything it left running. Safe to
    /// call twice and after a failure; never throws, so it cannot hide the error that led here.
    func quit() async {
        if await driver.claimSessionEnd() {
            do {
                _ = try await http.send("DELETE", "/session/\(sessionID)", nil, command: "end the session",
                                        timeout: WebDriverHTTP.shortTimeout)
            } catch {
                print("WebDriver: \(error); stopping chromedriver and its browser by force")
            }
        }
        await driver.stop()
    }

    // MARK: Commands

    /// A command on this session: `path` is relative to /session/ID.
    fileprivate func command(_ method: String, _ path: String, _ body: [String: Any]?, _ description: String) async throws -> Any {
        try await http.send(method, "/session/\(sessionID)" + path, body ?? (method == "POST" ? [:] : nil),
                            command: description)
    }

    fileprivate func string(_ method: String, _ path: String, _ description: String) async throws -> String {
        let value = try await command(method, path, nil, description)
        guard let text = value as? String else {
            throw WebDriverError(command: description, error: "unexpected answer", message: "\(value)")
        }
        return text
    }
}

/// An element on the current page. It goes stale when the page changes: find it again after a navigation.
struct WebElement: Sendable, CustomStringConvertible {
    let driver: WebDriver
    let id: String
    /// The selector it was found by, for error messages.
    let selector: String

    var description: String { selector }

    private var path: String { "/element/\(id)" }

    func click() async throws {
        _ = try await driver.command("POST", path + "/click", nil, "click \"\(selector)\"")
    }

    /// Types text into the element (appending to what is there; `clear()` first to replace it).
    func sendKeys(_ text: String) async throws {
        _ = try await driver.command("POST", path + "/value", ["text": text], "type into \"\(selector)\"")
    }

    func clear() async throws {
        _ = try await driver.command("POST", path + "/clear", nil, "clear \"\(selector)\"")
    }

    /// The rendered text, as a reader sees it.
    var text: String {
        get async throws { try await driver.string("GET", path + "/text", "read the text of \"\(selector)\"") }
    }

    /// An HTML attribute; nil when the element does not have it.
    func attribute(_ name: String) async throws -> String? {
        try await driver.command("GET", path + "/attribute/\(name)", nil, "read attribute \(name) of \"\(selector)\"") as? String
    }

    /// A DOM property as a string, e.g. `value` of an input as typed (the attribute is the initial one).
    func property(_ name: String) async throws -> String? {
        let value = try await driver.command("GET", path + "/property/\(name)", nil, "read property \(name) of \"\(selector)\"")
        if value is NSNull { return nil }
        return value as? String ?? "\(value)"
    }

    /// Whether a checkbox, radio button or option is selected.
    var isSelected: Bool {
        get async throws {
            try await driver.command("GET", path + "/selected", nil, "read whether \"\(selector)\" is selected") as? Bool ?? false
        }
    }

    func findElement(css child: String) async throws -> WebElement {
        try await driver.find(css: child, from: path, describedAs: "\(selector) \(child)")
    }

    func findElements(css child: String) async throws -> [WebElement] {
        try await driver.findAll(css: child, from: path, describedAs: "\(selector) \(child)")
    }

    /// Chooses the option with this value in a `<select>`, as a user clicking it would.
    func selectOption(value: String) async throws {
        let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        try await findElement(css: "option[value=\"\(quoted)\"]").click()
    }

    /// Chooses files in an `<input type=file>`: chromedriver reads them from this machine's disk.
    func upload(_ files: URL...) async throws {
        guard !files.isEmpty, files.allSatisfy({ $0.isFileURL && $0.path.hasPrefix("/") }) else {
            throw WebDriverError(command: "upload into \"\(selector)\"", error: "invalid argument",
                                 message: "give absolute file URLs: \(files)")
        }
        try await sendKeys(files.map(\.path).joined(separator: "\n"))
    }
}

/// The HTTP side: JSON to chromedriver, the `value` of its answer back, W3C errors as WebDriverError.
///
/// AsyncHTTPClient (already in the build through Vapor), not URLSession: on Linux URLSession refuses
/// chromedriver's answers ("Failed writing header"), because chromedriver writes its header lines
/// without a space after the colon (`Content-Length:249`), which HTTP allows and Foundation's parser
/// does not.
private struct WebDriverHTTP: Sendable {
    let base: URL

    /// Long enough for a page load or starting Chromium; short enough that a hung browser fails the test.
    static let timeout = TimeAmount.seconds(60)
    /// For chromedriver's own housekeeping (status, ending a session, shutting down), which is quick or broken.
    static let shortTimeout = TimeAmount.seconds(10)
    /// Screenshots and page sources are the largest answers, a few MB.
    static let maxAnswer = 64 * 1024 * 1024

    func send(_ method: String, _ path: String, _ body: [String: Any]?, command: String,
              timeout: TimeAmount = timeout) async throws -> Any {
        var request = HTTPClientRequest(url: base.absoluteString + path)
        request.method = HTTPMethod(rawValue: method)
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        }
        let status: UInt
        let data: Data
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            status = response.status.code
            data = Data(try await response.body.collect(upTo: Self.maxAnswer).readableBytesView)
        } catch {
            throw WebDriverError(command: command, error: "no answer from chromedriver", message: "\(error)")
        }
        let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"]
        if let failure = value as? [String: Any], let error = failure["error"] as? String {
            // The stacktrace is chromedriver's own and says nothing about the test; its message often
            // repeats the error code first.
            var message = failure["message"] as? String ?? ""
            if message.hasPrefix(error + ": ") { message.removeFirst(error.count + 2) }
            throw WebDriverError(command: command, error: error, message: message)
        }
        guard (200..<300).contains(status), let value else {
            throw WebDriverError(command: command, error: "HTTP \(status)",
                                 message: String(decoding: data.prefix(500), as: UTF8.self))
        }
        return value
    }
}

/// chromedriver as a child process. Foundation starts it in a process group of its own, and Chromium
/// and its helpers inherit that group, so stopping the group by its id ends exactly what the test started.
/// Both get a temporary directory of their own (TMPDIR), removed at the end: Chromium leaves its
/// profile and singleton socket there when it is not closed cleanly.
private actor ChromeDriverProcess {
    nonisolated let baseURL: URL
    private let process: Process
    private let directory: URL
    private var sessionEnded = false
    private var stopped = false

    private var log: URL { directory.appendingPathComponent("chromedriver.log") }

    private init(process: Process, port: Int, directory: URL) throws {
        guard let url = URL(string: "http://127.0.0.1:\(port)") else {
            throw WebDriverError(command: "start chromedriver", error: "invalid port", message: "\(port)")
        }
        self.process = process
        self.baseURL = url
        self.directory = directory
    }

    static func start(executable: String) async throws -> ChromeDriverProcess {
        // Another process can take the free port between finding it and chromedriver binding it; then
        // chromedriver exits at once and another port is tried.
        var failures: [String] = []
        for _ in 0..<3 {
            let port = try freePort()
            // Short: Chromium puts a Unix socket in it, and socket paths are limited to about 100 bytes.
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("samspil-e2e-\(UUID().uuidString.prefix(8))", isDirectory: true)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let log = directory.appendingPathComponent("chromedriver.log")
            guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
                throw WebDriverError(command: "start chromedriver", error: "no log file", message: "cannot create \(log.path)")
            }
            let handle = try FileHandle(forWritingTo: log)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
            var environment = ProcessInfo.processInfo.environment
            environment["TMPDIR"] = directory.path
            process.environment = environment
            // A file, not a pipe: an undrained pipe would block chromedriver once it fills up.
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
            } catch {
                try? FileManager.default.removeItem(at: directory)
                throw WebDriverError(command: "start chromedriver", error: "cannot run \(executable)", message: "\(error)")
            }
            try? handle.close()
            let driver = try ChromeDriverProcess(process: process, port: port, directory: directory)
            let ready: Bool
            do {
                ready = try await driver.waitUntilReady()
            } catch {
                await driver.stop()
                throw error
            }
            if ready { return driver }
            failures.append(await driver.logTail())
            await driver.stop()
        }
        throw WebDriverError(command: "start chromedriver", error: "did not start",
                             message: failures.joined(separator: "\n---\n"))
    }

    /// Polls GET /status until chromedriver is ready; false if it exited (its port was taken, say).
    private func waitUntilReady() async throws -> Bool {
        let http = WebDriverHTTP(base: baseURL)
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while ContinuousClock.now < deadline {
            guard process.isRunning else { return false }
            if await Self.isReady(http) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw WebDriverError(command: "start chromedriver", error: "timeout",
                             message: "not ready after 10 s; its log:\n\(logTail())")
    }

    private nonisolated static func requestShutdown(_ http: WebDriverHTTP) async {
        _ = try? await http.send("GET", "/shutdown", nil, command: "shut chromedriver down", timeout: WebDriverHTTP.shortTimeout)
    }

    private nonisolated static func isReady(_ http: WebDriverHTTP) async -> Bool {
        let status = try? await http.send("GET", "/status", nil, command: "status", timeout: .seconds(2))
        return (status as? [String: Any])?["ready"] as? Bool == true
    }

    private func logTail() -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return String(text.suffix(2000))
    }

    /// True the first time: the session is ended once, even if quit is called again.
    func claimSessionEnd() -> Bool {
        defer { sessionEnded = true }
        return !sessionEnded
    }

    /// Stops chromedriver and whatever of its group is still running: politely first, then by force.
    func stop() async {
        guard !stopped else { return }
        stopped = true
        let pid = process.processIdentifier
        // Only signal the group if it is the one Foundation made for chromedriver.
        let group = getpgid(pid) == pid ? -pid : pid
        if process.isRunning || Self.groupIsAlive(group) {
            // Politely through its own /shutdown (it closes any browser still open): chromedriver
            // inherits the signal mask of the thread that spawned it, and the test runner's threads
            // block SIGTERM, so a SIGTERM would only be noticed when it is too late.
            if process.isRunning { await Self.requestShutdown(WebDriverHTTP(base: baseURL)) }
            kill(group, SIGTERM)
            let deadline = ContinuousClock.now.advanced(by: .seconds(5))
            while (process.isRunning || Self.groupIsAlive(group)), ContinuousClock.now < deadline {
                // A cancelled test (its time limit, say) does not wait: straight on to SIGKILL.
                do { try await Task.sleep(for: .milliseconds(50)) } catch { break }
            }
            if process.isRunning || Self.groupIsAlive(group) {
                kill(group, SIGKILL)
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Whether any live (not zombie) process is left in the group (or is the process, for a positive id).
    private static func groupIsAlive(_ id: pid_t) -> Bool {
        #if os(Linux)
        let group = id < 0 ? -id : nil
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.contains { entry in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let end = stat.lastIndex(of: ")") else { return false }
            // After "pid (name) ": state, ppid, pgrp, ...
            let fields = stat[stat.index(after: end)...].split(separator: " ")
            guard fields.count > 2, fields[0] != "Z" else { return false }
            if let group { return pid_t(fields[2]) == group }
            return pid == id
        }
        #else
        return kill(id, 0) == 0
        #endif
    }

    /// A port nothing listens on now: bind port 0, read what the kernel chose, let it go.
    private static func freePort() throws -> Int {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw WebDriverError(command: "find a free port", error: "socket", message: "errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        #if canImport(Darwin)
        address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(fd, socketAddress, length) == 0 && getsockname(fd, socketAddress, &length) == 0
            }
        }
        guard ok else { throw WebDriverError(command: "find a free port", error: "bind", message: "errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

// MARK: - Tests

/// Runs `body` with a fresh browser and always quits it. If `body` throws (use `#require` in browser
/// tests: a failed `#expect` does not throw), the page is saved first as a PNG screenshot and its HTML
/// source in `.build/e2e-screenshots/` of the package (or $SAMSPIL_TEST_SCREENSHOTS), and the paths printed.
func withBrowser(_ body: (WebDriver) async throws -> Void) async throws {
    let browser = try await WebDriver.start()
    do {
        try await body(browser)
    } catch {
        await saveEvidence(of: browser, after: error)
        await browser.quit()
        throw error
    }
    await browser.quit()
}

/// The screenshot and page source of a failed browser test; failing to save them is printed, not thrown.
private func saveEvidence(of browser: WebDriver, after error: any Error) async {
    let directory = screenshotDirectory()
    let name = (Test.current?.name ?? "browser-test").map { $0.isLetter || $0.isNumber ? $0 : "-" }
    let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
    let base = directory.appendingPathComponent("\(String(name).trimmingCharacters(in: ["-"]))-\(stamp)")
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let png = try await browser.screenshot()
        try png.write(to: base.appendingPathExtension("png"))
        try Data(try await browser.pageSource.utf8).write(to: base.appendingPathExtension("html"))
        let page = (try? await browser.currentURL.absoluteString) ?? "unknown page"
        print("Browser test failed on \(page): screenshot \(base.path).png, page source \(base.path).html")
    } catch let saving {
        print("Browser test failed (\(error)); could not save a screenshot to \(directory.path): \(saving)")
    }
}

private func screenshotDirectory() -> URL {
    if let configured = ProcessInfo.processInfo.environment["SAMSPIL_TEST_SCREENSHOTS"], !configured.isEmpty {
        return URL(fileURLWithPath: configured)
    }
    // This file is <package>/Tests/SamspilServerTests/Support/WebDriver.swift.
    var package = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { package.deleteLastPathComponent() }
    return package.appendingPathComponent(".build/e2e-screenshots")
}
