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

/// Splits a command line into words, honouring double quotes (all README needs).
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted, mut started) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            c if c.is_whitespace() && !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

#[test]
fn shell_words_keep_quoted_names_together() {
    assert_eq!(
        shell_words(r#"par-score gaps --unit "UBND huyện Vĩnh Thạnh" x"#),
        ["par-score", "gaps", "--unit", "UBND huyện Vĩnh Thạnh", "x"]
    );
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
        let words = shell_words(command);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(words[0], "par-score", "{command}");
        if merged {
            // Through a shell, so the two streams interleave as a user sees them.
            let output = std::process::Command::new("sh")
                .arg("-c")
                .arg("\"$0\" \"$@\" 2>&1")
                .arg(env!("CARGO_BIN_EXE_par-score"))
                .args(&words[1..])
                .current_dir(repo())
                .env("NO_COLOR", "1")
                .output()
                .expect("sh runs");
            assert_eq!(String::from_utf8(output.stdout).unwrap(), shown, "{command}");
            continue;
        }
        let result = run(&words[1..]);
        {
            assert_eq!(result.code, 0, "{command}: {}", result.stderr);
            assert_eq!(result.stdout, shown, "{command}");
        }
    }
}
