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

/// Calls `f` with [`fold`]`(text)`, without allocating for short text made of ASCII
/// and Vietnamese letters (yes/no words, N/A markers, choice labels) or for text that
/// is already folded.
pub fn with_fold<R>(text: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; SHORT];
    match fold_short(text, &mut buffer) {
        // Whole characters were copied, so the bytes are UTF-8.
        Some(len) => f(std::str::from_utf8(&buffer[..len]).unwrap_or_default()),
        None => f(&fold_cow(text)),
    }
}

/// The longest text [`with_fold`] folds on the stack.
const SHORT: usize = 64;

/// Writes [`fold`]`(text)` into `buffer` and returns its length, when `text` is at
/// most [`SHORT`] bytes, composed, and every character has a lower case known to
/// [`simple_lower`]; `None` otherwise. Such a lower case keeps the UTF-8 length, so
/// the folded text fits.
fn fold_short(text: &str, buffer: &mut [u8; SHORT]) -> Option<usize> {
    // Every character `simple_lower` knows is a composed starter (tested below), so
    // text made only of them is already in NFC.
    if text.len() > SHORT {
        return None;
    }
    let mut len = 0;
    for word in text.split_whitespace() {
        if len > 0 {
            *buffer.get_mut(len)? = b' ';
            len += 1;
        }
        for c in word.chars() {
            let lower = simple_lower(c)?;
            let end = len + lower.len_utf8();
            lower.encode_utf8(buffer.get_mut(len..end)?);
            len = end;
        }
    }
    Some(len)
}

/// `text` without the white space around it, as `str::trim`, returned at once when
/// it starts and ends with ASCII that is not white space (almost every cell).
pub fn trim(text: &str) -> &str {
    let outer = |byte: Option<&u8>| byte.is_some_and(|&b| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' '));
    let bytes = text.as_bytes();
    if bytes.is_empty() || (outer(bytes.first()) && outer(bytes.last())) { text } else { text.trim() }
}

/// The lower case of `c` when it is one character found without a table search:
/// ASCII, Latin-1 letters and the Latin letters of Vietnamese (ă, đ, ĩ, ũ, ơ, ư and
/// the letters with tone marks). `None` for any other character. Each is a starter
/// already in NFC.
pub(crate) fn simple_lower(c: char) -> Option<char> {
    let code = u32::from(c);
    let lower = match code {
        0..=0x7F => return Some(c.to_ascii_lowercase()),
        // À..Þ (but ×) → à..þ; ×, ß..ÿ stay.
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0xD7 | 0xDF..=0xFF => code,
        // Ā..ķ and Ŋ..ŷ come in pairs, upper case even; İ (U+0130) lowers to two
        // characters.
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 => code | 1,
        0x1A0 | 0x1A1 => 0x1A1,
        0x1AF | 0x1B0 => 0x1B0,
        // Ạ..ỹ: pairs, upper case even.
        0x1EA0..=0x1EF9 => code | 1,
        _ => return None,
    };
    char::from_u32(lower)
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
///
/// Bounded: text longer than 64 characters gets no hint, candidates whose length
/// differs by more than the limit are skipped, and a distance stops being computed
/// once it passes the limit (a 10 MB id took 19 s).
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let mut unlimited = u64::MAX;
    closest_within(wanted, candidates, &mut unlimited)
}

/// [`closest`] spending at most `budget` steps of the distance computation (one step
/// per character pair compared); `None`, and a budget of 0, once it is spent, so that
/// a file of 20,000 unknown ids against 10,000 leaves stays fast (it took 52 s).
pub fn closest_within<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>, budget: &mut u64) -> Option<&'a str> {
    const MAX_CHARS: usize = 64;
    if wanted.len() > 4 * MAX_CHARS || wanted.chars().count() > MAX_CHARS {
        return None;
    }
    let wanted: Vec<char> = wanted.chars().collect();
    let limit = 2.min(wanted.len().saturating_sub(1)).max(1);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate.len() > 4 * (MAX_CHARS + limit) || candidate.chars().count().abs_diff(wanted.len()) > limit {
            continue;
        }
        let (distance, steps) = bounded_distance(&wanted, candidate, limit);
        if steps > *budget {
            *budget = 0;
            return None;
        }
        *budget -= steps;
        let Some(distance) = distance else { continue };
        if best.is_none_or(|(d, c)| distance < d || (distance == d && candidate < c)) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance of `a` and `b` when at most `limit`, else `None` (stops as
/// soon as every path is over the limit), and the steps spent.
fn bounded_distance(a: &[char], b: &str, limit: usize) -> (Option<usize>, u64) {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    let mut steps = 0u64;
    for (i, ca) in a.iter().enumerate() {
        steps += b.len() as u64 + 1;
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|&m| m > limit) {
            return (None, steps);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    (Some(previous[b.len()]).filter(|&d| d <= limit), steps)
}

/// Why a name (of a unit, an area, a criterion, a grade) cannot be used as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// Begins with `=`, `+`, `-`, `@`, a tab or a carriage return: a spreadsheet would
    /// run it as a formula.
    FormulaStart(char),
    /// Holds a control character (ESC, NUL, a line break inside…).
    Control(char),
    /// Holds a Unicode non-character (U+FFFE, U+FFFF, U+FDD0…): no spreadsheet opens
    /// an XML file holding one.
    NonCharacter(char),
    /// Mixes Latin letters with Cyrillic or Greek ones that look the same (`а`, `о`).
    MixedScript(char),
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match *self {
            NameProblem::FormulaStart(c) => crate::tr!("text-name-formula-start", character = c.escape_debug()),
            NameProblem::Control(c) => crate::tr!("text-name-control", code = format!("U+{:04X}", u32::from(c))),
            NameProblem::NonCharacter(c) => crate::tr!("text-name-noncharacter", code = format!("U+{:04X}", u32::from(c))),
            NameProblem::MixedScript(c) => crate::tr!("text-name-mixed-script", character = c, code = format!("U+{:04X}", u32::from(c))),
        };
        f.write_str(&text)
    }
}

/// What a name may hold, as told to users (in Vietnamese; [`name_rule`] gives it in
/// the current language, and is what new code uses).
pub const NAME_RULE: &str = "một tên bắt đầu bằng chữ hoặc số, không có ký tự điều khiển, chỉ dùng chữ Latinh tiếng Việt";

/// What a name may hold, as told to users, in the current language.
pub fn name_rule() -> String {
    crate::tr!("text-name-rule")
}

/// Whether `c` is one of Unicode's 66 non-characters.
pub fn is_noncharacter(c: char) -> bool {
    let code = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// The first problem of a name: checked on the text as written (before white space
/// is collapsed, so a tab or carriage return first counts).
pub fn name_problem(text: &str) -> Option<NameProblem> {
    if let Some(first) = text.chars().next().filter(|&c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')) {
        return Some(NameProblem::FormulaStart(first));
    }
    if let Some(first) = text.trim().chars().next().filter(|&c| matches!(c, '=' | '+' | '-' | '@')) {
        return Some(NameProblem::FormulaStart(first));
    }
    let mut latin = false;
    let mut lookalike = None;
    for c in text.chars() {
        if c.is_control() && !matches!(c, ' ' | '\t' | '\n' | '\r') {
            return Some(NameProblem::Control(c));
        }
        if is_noncharacter(c) {
            return Some(NameProblem::NonCharacter(c));
        }
        match u32::from(c) {
            0x0370..=0x03FF | 0x1F00..=0x1FFF | 0x0400..=0x052F => lookalike = lookalike.or(Some(c)),
            _ if c.is_alphabetic() && (u32::from(c) < 0x0250 || (0x1E00..=0x1EFF).contains(&u32::from(c))) => latin = true,
            _ => {}
        }
    }
    match lookalike {
        Some(c) if latin => Some(NameProblem::MixedScript(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_act_as_formulas_or_break_files_are_refused() {
        for (name, problem) in [
            ("=1+1", NameProblem::FormulaStart('=')),
            ("=HYPERLINK(\"http://evil.example/\",\"click me\")", NameProblem::FormulaStart('=')),
            ("+84 Sở", NameProblem::FormulaStart('+')),
            ("-Sở A", NameProblem::FormulaStart('-')),
            ("@SUM(A1)", NameProblem::FormulaStart('@')),
            ("\tSở A", NameProblem::FormulaStart('\t')),
            ("\rSở A", NameProblem::FormulaStart('\r')),
            (" =x", NameProblem::FormulaStart('=')),
            ("Sở\u{1b}]8;;http://x\u{7}A", NameProblem::Control('\u{1b}')),
            ("Sở\0A", NameProblem::Control('\0')),
            ("Sở A\u{ffff}", NameProblem::NonCharacter('\u{ffff}')),
            ("Sở A\u{fffe}", NameProblem::NonCharacter('\u{fffe}')),
            ("Sở \u{fdd0}", NameProblem::NonCharacter('\u{fdd0}')),
            ("Sở \u{10ffff}", NameProblem::NonCharacter('\u{10ffff}')),
            // "Sở Tư phаp" with a Cyrillic а (U+0430).
            ("Sở Tư ph\u{430}p", NameProblem::MixedScript('\u{430}')),
            ("Ph\u{3bf}ng", NameProblem::MixedScript('\u{3bf}')),
        ] {
            assert_eq!(name_problem(name), Some(problem), "{name:?}");
        }
        for good in
            ["Sở Tư pháp", "UBND xã Đông Hòa", "1. Chỉ đạo, điều hành", "Cải cách thủ tục hành chính (TTHC)", "A-B", "Москва", "Trường 3/2"]
        {
            assert_eq!(name_problem(good), None, "{good:?}");
        }
        assert!(is_noncharacter('\u{1fffe}') && !is_noncharacter('\u{fffd}'));
    }

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
    fn simple_lower_agrees_with_unicode_on_every_character() {
        let mut known = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(lower) = simple_lower(c) {
                known += 1;
                assert_eq!(is_nfc_quick(std::iter::once(c)), unicode_normalization::IsNormalized::Yes, "{c:?}");
                assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0, "{c:?}");
                assert_eq!(c.to_lowercase().collect::<Vec<_>>(), [lower], "{c:?}");
                assert_eq!(lower.len_utf8(), c.len_utf8(), "{c:?}");
            }
        }
        // ASCII, Latin-1 from À, Latin Extended-A Ā..ķ but İ ı and Ŋ..ŷ, Ơ ơ Ư ư, Ạ..ỹ.
        assert_eq!(known, 128 + 64 + 54 + 46 + 4 + 90);
        for c in ['Ạ', 'ạ', 'Ỹ', 'Đ', 'đ', 'Ă', 'Ơ', 'Ư', 'Ũ', 'Ĩ', 'Ê', 'Ô', 'Â'] {
            assert!(simple_lower(c).is_some(), "{c:?}");
        }
    }

    #[test]
    fn with_fold_on_the_stack_equals_fold() {
        let long = "HOÀN THÀNH ".repeat(8);
        for sample in ["Hoàn thành", " Hoàn thành ", "HOÀN THÀNH MỘT PHẦN", "Không Áp Dụng", "Đạt", "ĐẠT", "ß", "×", &long]
        {
            let mut buffer = [0u8; SHORT];
            let on_stack = fold_short(sample, &mut buffer).map(|len| String::from_utf8(buffer[..len].to_vec()).unwrap());
            assert_eq!(on_stack.is_some(), sample.len() <= SHORT, "{sample:?}");
            assert_eq!(with_fold(sample, str::to_owned), fold(sample), "{sample:?}");
            if let Some(on_stack) = on_stack {
                assert_eq!(on_stack, fold(sample), "{sample:?}");
            }
        }
        // Decomposed text, final sigma, İ: the general path.
        let mut buffer = [0u8; SHORT];
        for sample in ["te\u{302}\u{301}", "ΣΑΣ", "İ"] {
            assert_eq!(fold_short(sample, &mut buffer), None, "{sample:?}");
        }
    }

    #[test]
    fn trim_is_str_trim() {
        for sample in
            ["", " ", "a", " a", "a ", "\ta\r", "92,5", " 92,5 %", "\u{a0}x", "x\u{a0}", "\u{b}1\u{c}", "\u{1c}1", "có", " có ", "\u{3000}"]
        {
            assert_eq!(trim(sample), sample.trim(), "{sample:?}");
        }
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
        // "thẩm đinh" is one edit from "thẩm định" (ị → i), two from nothing else here.
        assert_eq!(closest("thẩm đinh", ["thẩm định", "đơn vị"]), Some("thẩm định"));
    }

    #[test]
    fn hints_are_bounded() {
        // A 10 MB id gets no hint (it took 19 s to compare); a long candidate is skipped.
        let huge = "1".repeat(10 << 20);
        assert_eq!(closest(&huge, ["1.1", "1.2"]), None);
        assert_eq!(closest("1.1", [huge.as_str(), "1.2"]), Some("1.2"));
        // Candidates of other lengths are never compared: 3 edits away by length alone.
        assert_eq!(closest("1.1.1.1", ["1.1", "1.1.1.1.1.1"]), None);
        // "xyz" against "abc": row 1 is [1,1,2,3], row 2 [2,2,2,3], row 3 [3,3,3,3] → over 2
        // after 3 rows of 4 steps.
        assert_eq!(bounded_distance(&['a', 'b', 'c'], "xyz", 2), (None, 12));
        assert_eq!(bounded_distance(&['a', 'b', 'c'], "abd", 2), (Some(1), 12));
        // A spent budget gives no hint, and stays spent.
        let mut budget = 10;
        assert_eq!(closest_within("1.1.3", ["1.1.1"], &mut budget), None);
        assert_eq!(budget, 0);
        let mut budget = 1_000;
        assert_eq!(closest_within("1.1.3", ["1.1.1"], &mut budget), Some("1.1.1"));
        // "1.1.3" × "1.1.1": 5 rows of 6 steps.
        assert_eq!(budget, 1_000 - 30);
    }
}
