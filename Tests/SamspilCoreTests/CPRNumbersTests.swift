import SamspilCore
import Testing

/// The CPR guard's finder: CPR numbers in their written forms, with dates that exist in the century the
/// seventh digit gives, standing alone; everything else that looks like one is left alone.
@Suite("CPR numbers")
struct CPRNumbersTests {
    /// The masked forms found in `text`.
    func found(_ text: String) -> [String] { CPRNumbers.find(in: text).map(\.masked) }

    @Test(arguments: [
        "010190-1234", "0101901234", "010190 1234", "010190\u{00A0}1234", "010190–1234", "010190\u{2011}1234",
        "010190\u{2212}1234", "311299-0123", "290296-5000", "150575-9999",
    ])
    func theWrittenFormsAreFound(text: String) {
        #expect(found(text).count == 1, "\(text)")
        #expect(found(text).first?.hasSuffix("-****") == true)
    }

    @Test func theMaskedFormShowsTheBirthDateOnly() {
        #expect(found("0101901234") == ["010190-****"])
        #expect(found("CPR-nr. 241287–4321 er registreret") == ["241287-****"])
    }

    @Test(arguments: [
        ("320190-1234", "day 32"),
        ("000190-1234", "day 0"),
        ("011390-1234", "month 13"),
        ("010090-1234", "month 0"),
        ("310490-1234", "April has 30 days"),
        ("310690-1234", "June has 30 days"),
        ("300290-1234", "February never has 30 days"),
        ("290201-4123", "2001 is no leap year"),
        ("290200-1123", "7th digit 1: 1900, which is no leap year"),
        ("290200-3123", "7th digit 3: 1900"),
        ("290237-4123", "7th digit 4 and yy 37: 1937, no leap year"),
    ])
    func datesThatDoNotExistAreNotCPRNumbers(text: String, why: String) {
        #expect(found(text).isEmpty, "\(text): \(why)")
        #expect(found("Borger \(text) nævnt").isEmpty, "\(text) in a sentence: \(why)")
    }

    @Test func theSeventhDigitGivesTheCenturyOfTheTwentyNinthOfFebruary() {
        #expect(found("290200-4123") == ["290200-****"], "4 and yy <= 36: 2000, a leap year")
        #expect(found("290200-1123").isEmpty, "1-3: 1900, not a leap year")
        #expect(found("290200-5123") == ["290200-****"], "5-8 and yy <= 57: 2000")
        #expect(found("290296-1123") == ["290296-****"], "1996 is a leap year")
        #expect(found("290296-5123") == ["290296-****"], "5-8 and yy > 57: 1896, a leap year")
        #expect(found("290200-0123").isEmpty, "0: 1900")
        #expect(found("290200-9123") == ["290200-****"], "9 and yy <= 36: 2000")
        #expect(found("290204-8123") == ["290204-****"], "8 and yy <= 57: 2004")
        #expect(found("290204-2123") == ["290204-****"], "2: 1904, a leap year")
        #expect(found("290237-9123").isEmpty, "9 and yy > 36: 1937")
        #expect(found("290236-9123") == ["290236-****"], "9 and yy <= 36: 2036, a leap year")
    }

    @Test(arguments: [
        "0101901234567",        // inside a longer number
        "120101901234",         // a 12-digit number
        "010190-12345",         // five digits after the dash
        "9010190-1234",         // a digit before
        "ABC0101901234",        // a letter before
        "010190-1234x",         // a letter after
        "010190-1234æ",
        "010190--1234",         // two separators
        "010190 - 1234",
        "01019-01234",          // the separator in the wrong place
        "01.01.90-1234",        // a date with dots
        "Sagsnr.: 1-52-100-22-09",
        "+45 86 12 34 56",
        "Tlf. 86123456",
        "J.nr. 22/1234",
        "010190",
        "",
        "kortlægge forbruget på CPR-nr. niveau",
    ])
    func whatOnlyLooksLikeACPRNumberIsLeftAlone(text: String) {
        #expect(found(text).isEmpty, "\(text)")
    }

    @Test func surroundingTextAndPunctuationDoNotHideANumber() {
        #expect(found("Borgeren (010190-1234) er kendt.") == ["010190-****"])
        #expect(found("CPR:010190-1234.") == ["010190-****"])
        #expect(found("se 010190-1234, 020290-2345 og 030390 3456") == ["010190-****", "020290-****", "030390-****"])
        #expect(found("»0101901234«") == ["010190-****"])
        #expect(found("0101901234/0202902345") == ["010190-****", "020290-****"])
    }

    @Test func aNumberIsFoundOnItsLineAndAcrossLineBreaksNot() {
        let text = "Punkt 1\r\nIngen numre her.\n\nBorger: 010190-1234\nog 020290-2345"
        let numbers = CPRNumbers.find(in: text)
        #expect(numbers.map(\.line) == [4, 5])
        #expect(numbers.map { String(text[$0.range]) } == ["010190-1234", "020290-2345"])
        #expect(found("010190\n1234").isEmpty, "a line break is no separator")
        #expect(found("010190-\n1234").isEmpty)
    }

    @Test func maskingLeavesNoNumberBehind() {
        let text = "Borger 010190-1234 og 0202902345 samt 320190-1234."
        #expect(CPRNumbers.masking(text) == "Borger 010190-**** og 020290-**** samt 320190-1234.")
        #expect(CPRNumbers.masking("Intet at se") == "Intet at se")
    }

    @Test func anExcerptShowsWhereTheNumberIsWithEveryNumberMasked() throws {
        let text = "Der er i sagen nævnt en borger med CPR-nr. 010190-1234, som også står som 020290-2345 i bilaget til punktet."
        let numbers = CPRNumbers.find(in: text)
        let first = try #require(numbers.first)
        let excerpt = CPRNumbers.excerpt(around: first, in: text)
        #expect(excerpt == "… nævnt en borger med CPR-nr. 010190-****, som også står som 020290-**** …")
        #expect(!excerpt.contains("1234") && !excerpt.contains("2345"))

        let short = "CPR:0101901234"
        #expect(CPRNumbers.excerpt(around: try #require(CPRNumbers.find(in: short).first), in: short) == "CPR:010190-****")
        let lines = "Beslutning:\n\n010190-1234\n\nblev drøftet"
        #expect(CPRNumbers.excerpt(around: try #require(CPRNumbers.find(in: lines).first), in: lines)
            == "Beslutning: 010190-**** blev drøftet")
    }

    @Test func anExcerptOfALongTextReadsOnlyItsSurroundings() throws {
        let filler = String(repeating: "ord ", count: 2000)
        let text = filler + "0101901234 " + filler + "0202902345"
        let numbers = CPRNumbers.find(in: text)
        #expect(numbers.count == 2)
        let excerpt = CPRNumbers.excerpt(around: try #require(numbers.first), in: text)
        #expect(excerpt == "… ord ord ord ord ord 010190-**** ord ord ord ord ord …")
    }
}
