//! Links to evidence documents in the council's HTML page: each cited file's text
//! becomes an `<a>` to a relative, percent-encoded path; everything stays escaped.

use crate::report::html::escape;

/// A relative path as an `href`: every byte but unreserved characters and `/`
/// percent-encoded, so no text can leave the attribute or name a scheme.
pub fn href(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    for byte in target.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `text` escaped, each linked piece (its first occurrence, in order) wrapped in a link.
pub fn linked_html(text: &str, links: &[(String, String)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    for (piece, target) in links {
        let Some(at) = rest.find(piece.as_str()) else { continue };
        out.push_str(&escape(&rest[..at]));
        out.push_str(&format!("<a href=\"{}\">{}</a>", href(target), escape(piece)));
        rest = &rest[at + piece.len()..];
    }
    out.push_str(&escape(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_escaped_and_encoded() {
        assert_eq!(href("../tai-lieu/Sở 1/a b.pdf"), "../tai-lieu/S%E1%BB%9F%201/a%20b.pdf");
        // A file name with markup or a colon cannot become markup or a scheme.
        assert_eq!(href("javascript:alert(1)\"<x>"), "javascript%3Aalert%281%29%22%3Cx%3E");
        let links = [("kh <1>.pdf".to_owned(), "t/kh <1>.pdf".to_owned())];
        assert_eq!(
            linked_html("KH số 1/KH-UBND; kh <1>.pdf", &links),
            "KH số 1/KH-UBND; <a href=\"t/kh%20%3C1%3E.pdf\">kh &lt;1&gt;.pdf</a>"
        );
    }
}
