//! Text normalisation: Unicode NFC, unit-name canonical form and case folding.

use std::borrow::Cow;

use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// Returns `text` in Unicode normalisation form C (composed), so that the same
/// name typed on different machines compares equal.
pub fn nfc(text: &str) -> String {
    nfc_cow(text).into_owned()
}

/// [`nfc`] without a copy when `text` is already composed (always so for ASCII).
pub fn nfc_cow(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    match is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    }
}

/// The canonical form of a unit name: NFC, trimmed, runs of Unicode white space
/// collapsed to one ASCII space.
pub fn normalize_name(text: &str) -> String {
    let composed = nfc(text);
    let mut out = String::with_capacity(composed.len());
    for word in composed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The form used to compare labels typed by people: canonical name, lower case.
pub fn fold(text: &str) -> String {
    normalize_name(text).to_lowercase()
}

/// [`fold`] without a copy when `text` is already folded: composed, no outer or
/// repeated white space, no white space but single ASCII spaces, nothing that lower
/// case changes. Compares equal to [`fold`] for every input.
pub fn fold_cow(text: &str) -> Cow<'_, str> {
    let mut previous_space = true;
    for c in text.chars() {
        let space = c.is_whitespace();
        let folded = if space {
            c == ' ' && !previous_space
        } else if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        };
        if !folded {
            return Cow::Owned(fold(text));
        }
        previous_space = space;
    }
    if previous_space && !text.is_empty() {
        return Cow::Owned(fold(text));
    }
    match nfc_cow(text) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        Cow::Owned(_) => Cow::Owned(fold(text)),
    }
}

/// Calls `f` with [`fold`]`(text)`, without allocating for short ASCII text (yes/no
/// words, N/A markers) or text that is already folded.
pub fn with_fold<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 64;
    if text.len() <= SHORT && text.is_ascii() {
        let mut buffer = [0u8; SHORT];
        let mut len = 0;
        for word in text.split_whitespace() {
            if len > 0 {
                buffer[len] = b' ';
                len += 1;
            }
            for byte in word.bytes() {
                buffer[len] = byte.to_ascii_lowercase();
                len += 1;
            }
        }
        // Lower-cased ASCII is still ASCII, so always UTF-8.
        return f(std::str::from_utf8(&buffer[..len]).unwrap_or_default());
    }
    f(&fold_cow(text))
}

/// A key under which names that differ only in case or white space collide.
pub fn loose_key(text: &str) -> String {
    fold(text).chars().filter(|c| !c.is_whitespace()).collect()
}

/// At most `limit` characters of `text`, with "…" when cut, for quoting long cells.
pub fn excerpt(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Whether a character is invisible when printed: zero-width spaces and joiners,
/// direction marks, the byte-order mark, the soft hyphen. Copied from web pages or
/// Word, they make two equal-looking names or ids differ.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// A cell as quoted in messages: trimmed, line breaks, other control characters and
/// invisible ones shown as escapes (`\n`, `\u{200b}`), at most 40 characters, so
/// that a broken quote or a 10 MB cell never floods the terminal.
pub fn quote(text: &str) -> String {
    let escaped: String = text
        .trim()
        .chars()
        .flat_map(|c| if c.is_control() || is_invisible(c) { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect();
    excerpt(&escaped, 40)
}

/// Levenshtein distance in characters, for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The candidate closest to `wanted` by edit distance, if it is close enough to be
/// a likely typo (at most 2 edits, and fewer edits than characters).
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let distance = edit_distance(wanted, candidate);
        if best.is_none_or(|(d, c)| distance < d || (distance == d && candidate < c)) {
            best = Some((distance, candidate));
        }
    }
    let limit = 2.min(wanted.chars().count().saturating_sub(1)).max(1);
    best.filter(|(d, _)| *d <= limit).map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_and_spacing_collapse_to_one_name() {
        let nfd = " S\u{1edf}  Y  te\u{302}\u{301} ";
        assert_eq!(normalize_name(nfd), "S\u{1edf} Y t\u{1ebf}");
        assert_eq!(normalize_name("Sở\u{a0}Tư\tpháp"), "Sở Tư pháp");
    }

    #[test]
    fn fold_ignores_case_and_outer_space() {
        assert_eq!(fold("  HOÀN THÀNH "), "hoàn thành");
        assert_eq!(loose_key("Sở Tư  Pháp"), loose_key("sở tưpháp"));
    }

    #[test]
    fn fold_cow_equals_fold_on_every_kind_of_text() {
        let samples = [
            "",
            " ",
            "a",
            "A",
            "có",
            "Có",
            "không đạt",
            "không  đạt",
            " không",
            "không ",
            "hoàn\tthành",
            "ĐẠT",
            "x",
            "KAD",
            "n/a",
            "N/A",
            "te\u{302}\u{301}",
            "S\u{1edf}",
            "\u{212a}ad",
            "ΣΑΣ",
            "ς",
            "ǅ",
            "İ",
            "straße",
            "a\u{a0}b",
            "1,5",
            "a b c",
            "  KhOnG   aP\tdUnG ",
            "a\u{b}b",
            "N/A\r\n",
        ];
        for sample in samples {
            assert_eq!(fold_cow(sample), fold(sample), "{sample:?}");
            assert_eq!(with_fold(sample, str::to_owned), fold(sample), "{sample:?}");
            assert_eq!(nfc_cow(sample), nfc(sample), "{sample:?}");
        }
        assert!(matches!(fold_cow("không đạt"), Cow::Borrowed(_)));
        assert!(matches!(nfc_cow("Sở Tư pháp"), Cow::Borrowed(_)));
    }

    #[test]
    fn quote_escapes_breaks_and_cuts() {
        assert_eq!(quote(" 92,5\nA,1.3 "), "92,5\\nA,1.3");
        assert_eq!(quote(&"9".repeat(10_000_000)).chars().count(), 41);
        assert_eq!(quote("1.1.2\u{200b}"), "1.1.2\\u{200b}");
    }

    #[test]
    fn excerpt_cuts_long_text() {
        assert_eq!(excerpt("abcdef", 3), "abc…");
        assert_eq!(excerpt("Sở", 3), "Sở");
    }

    #[test]
    fn edit_distance_counts_characters() {
        assert_eq!(edit_distance("1.1.2", "1.1.2"), 0);
        assert_eq!(edit_distance("1.1.3", "1.1.2"), 1);
        assert_eq!(edit_distance("đạt", "dat"), 2);
        assert_eq!(closest("1.1.3", ["1.1.1", "1.1.2", "2.1"]), Some("1.1.1"));
        assert_eq!(closest("9.9.9", ["1.1.1"]), None);
    }
}
