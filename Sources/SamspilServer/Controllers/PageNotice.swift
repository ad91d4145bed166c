import Vapor

/// A message a page shows after a successful form: the redirect carries its key in `?besked=KEY`.
/// Only a text table's listed notices can be named, so a link cannot make a page say something else.
protocol PageNotice: Sendable {
    static var notices: [Self] { get }
}

extension PageNotice {
    var noticeKey: String { String(describing: self) }

    init?(noticeKey: String) {
        guard let notice = Self.notices.first(where: { $0.noticeKey == noticeKey }) else { return nil }
        self = notice
    }
}

extension Request {
    /// The message of a redirect's `?besked=`, if it is one of `N`'s notices.
    func notice<N: PageNotice>() -> N? {
        (try? query.get(String.self, at: "besked")).flatMap(N.init(noticeKey:))
    }
}

extension Response {
    /// A redirect after a successful form, with the message the next page shows.
    static func redirect<N: PageNotice>(to url: SiteURL, notice: N) -> Response {
        Response(status: .seeOther, headers: ["Location": url.path + "?besked=" + notice.noticeKey])
    }
}
