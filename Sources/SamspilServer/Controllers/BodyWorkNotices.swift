import Vapor

/// The message a body's work page shows after a successful form: the redirect carries its key in
/// `?besked=`, as the meeting pages' redirects do with theirs.
extension Request {
    var bodyWorkNotice: BodyWorkText? {
        (try? query.get(String.self, at: "besked")).flatMap(BodyWorkText.init(noticeKey:))
    }
}

extension Response {
    static func redirect(to url: SiteURL, notice: BodyWorkText) -> Response {
        Response(status: .seeOther, headers: ["Location": url.path + "?besked=" + notice.noticeKey])
    }
}
