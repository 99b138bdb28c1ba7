//! Every `console` example in README.md runs, and prints exactly what README shows.

use crate::util::{repo, run};

/// `(command, shown output)` of each ```console block: `$ par-score …` then the output.
fn examples() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut examples = Vec::new();
    let mut rest = readme.as_str();
    while let Some(start) = rest.find("```console\n$ ") {
        let block = &rest[start + "```console\n$ ".len()..];
        let end = block.find("```").expect("closed block");
        let (command, output) = block[..end].split_once('\n').unwrap_or((&block[..end], ""));
        examples.push((command.to_owned(), output.to_owned()));
        rest = &block[end + 3..];
    }
    examples
}

#[test]
fn readme_examples_print_what_readme_shows() {
    let examples = examples();
    assert!(examples.len() >= 6, "found only {} examples", examples.len());
    for (command, shown) in examples {
        let (command, merged) = match command.strip_suffix(" 2>&1") {
            Some(command) => (command, true),
            None => (command.as_str(), false),
        };
        let words: Vec<&str> = command.split_whitespace().collect();
        assert_eq!(words[0], "par-score", "{command}");
        let result = run(&words[1..]);
        if merged {
            assert_eq!(format!("{}{}", result.stdout, result.stderr), shown, "{command}");
        } else {
            assert_eq!(result.code, 0, "{command}: {}", result.stderr);
            assert_eq!(result.stdout, shown, "{command}");
        }
    }
}
