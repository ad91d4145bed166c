import Crypto
import Foundation
import Vapor

/// The caching rules of the public archive's pages and files, in one place: the front page, a body's
/// page and year pages, a meeting's page, a person's page and the download of a public attachment.
///
/// - Validators: a strong `ETag` and, when the content has a time, `Last-Modified`. A request whose
///   `If-None-Match` names the ETag (or, without `If-None-Match`, whose `If-Modified-Since` is not older
///   than the content) gets 304 with the same headers and no body.
/// - Visitors who are not signed in: `Cache-Control: public, no-cache`. Any cache may keep the response
///   but asks before every reuse, which costs a query and a 304 without a body. Not a `max-age`: what the
///   archive withdraws must go at once (an attachment made non-public again, a correction of approved
///   minutes), and a response a shared cache holds for five minutes cannot be called back.
/// - Signed-in visitors: `private, no-cache`, as every page: they see drafts and contact details.
/// - `Vary: Accept-Language, Cookie`: the language and the session pick the content.
/// - No cookie on a response a shared cache may store: the cache would hand the same cookie to everyone
///   after, so all would share one CSRF token, known to anyone who fetched the page. The archive's pages
///   have no forms for visitors who are not signed in, so they need no token (the sign-in page sets it);
///   a response that carries a cookie all the same is made private.
struct ConditionalResponse {
    /// The quoted entity tag.
    let eTag: String
    let lastModified: Date?

    init(eTag: String, lastModified: Date?) {
        self.eTag = "\"\(eTag)\""
        self.lastModified = lastModified
    }

    /// The validators of a page: the sha256 of its HTML, so that any change to what the page shows
    /// changes the tag, whatever caused it (a new revision of the meeting, a renamed body, a person's
    /// name), and two visitors who are shown the same page share one tag.
    init(html: String, lastModified: Date?) {
        self.init(eTag: SHA256.hash(data: Data(html.utf8)).map { String(format: "%02x", $0) }.joined(),
                  lastModified: lastModified)
    }

    /// The response with these validators and the cache rules above; 304 without a body when the request's
    /// copy is current. `headers` are the content's own (type, disposition).
    func response(headers: HTTPHeaders, body: Response.Body, for request: Request) -> Response {
        var headers = headers
        headers.replaceOrAdd(name: .eTag, value: eTag)
        if let lastModified {
            headers.lastModified = .init(lastModified)
        }
        // The API's viewer comes from its token, never from a cookie, and it has no forms.
        let isAPI = JSONInterface.serves(request.url.path)
        headers.replaceOrAdd(name: .vary, value: isAPI ? "Authorization" : "Accept-Language, Cookie")
        headers.cacheControl = request.viewer.isSignedIn ? .init(noCache: true, isPrivate: true) : .init(noCache: true, isPublic: true)
        let response = isCurrent(request)
            ? Response(status: .notModified, headers: headers)
            : Response(status: .ok, headers: headers, body: body)
        if request.viewer.isSignedIn, !isAPI {
            // The header's sign-out form needs the token; the response is private anyway.
            CSRF.attach(request.pageContext.csrf, to: response, for: request)
        }
        if !response.headers[.setCookie].isEmpty {
            response.headers.cacheControl = .init(noCache: true, isPrivate: true)
        }
        return response
    }

    /// Whether the request already holds this version: `If-None-Match` decides when it is there (RFC 9110
    /// 13.2.2), compared weakly as it must be; otherwise `If-Modified-Since`, to the second.
    func isCurrent(_ request: Request) -> Bool {
        let ifNoneMatch = request.headers[.ifNoneMatch]
        if !ifNoneMatch.isEmpty {
            let tags = ifNoneMatch.flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .map { $0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0 }
            return tags.contains("*") || tags.contains(eTag)
        }
        guard let lastModified, let since = request.headers.first(name: .ifModifiedSince).flatMap(HTTPDate.parse) else {
            return false
        }
        return lastModified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }
}

extension Response {
    /// A page of the public archive, with validators and the archive's cache rules (`ConditionalResponse`).
    /// `lastModified` is when what the page lists last changed: the meeting's, or the latest listed one's.
    static func archivePage(_ html: String, lastModified: Date?, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return ConditionalResponse(html: html, lastModified: lastModified)
            .response(headers: headers, body: .init(string: html), for: request)
    }
}

/// The date format of HTTP headers: `Sun, 06 Nov 1994 08:49:37 GMT`.
enum HTTPDate {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
