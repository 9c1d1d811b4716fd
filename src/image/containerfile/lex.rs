//! Lexing a Containerfile into logical lines: parser directives at the top (`# escape=`,
//! `# syntax=`), comments and blank lines dropped, lines joined at the escape character
//! (comment lines inside a continuation are dropped, as Docker does), and the bodies of
//! heredocs (`<<EOF`, `<<-EOF`, `<<"EOF"`) taken from the lines after their instruction.

use anyhow::{Result, bail};

/// One heredoc of an instruction: `<<NAME` and the lines up to the line `NAME`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    /// The body, with a newline after each line.
    pub body: String,
    /// Unquoted delimiter: variables are expanded in the body.
    pub expand: bool,
    /// `<<-`: leading tabs were stripped.
    pub strip_tabs: bool,
}

/// A logical line: the line number of its first physical line, its text, its heredocs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logical {
    pub line: usize,
    pub text: String,
    pub heredocs: Vec<Heredoc>,
}

/// The parser directives and the logical lines of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexed {
    pub escape: char,
    pub syntax: Option<String>,
    pub lines: Vec<Logical>,
}

/// Instructions whose heredocs Docker reads.
const HEREDOC_KEYWORDS: [&str; 3] = ["RUN", "COPY", "ADD"];

pub fn lex(text: &str) -> Result<Lexed> {
    let physical: Vec<&str> = text.lines().collect();
    let mut escape = '\\';
    let mut syntax = None;
    let mut i = 0;
    // Directives: `# key=value` lines at the very top, until anything else.
    while i < physical.len() {
        let Some((key, value)) = directive(physical[i]) else {
            break;
        };
        match key.as_str() {
            "escape" => {
                escape = match value.as_str() {
                    "\\" => '\\',
                    "`" => '`',
                    other => bail!(
                        "line {}: the escape directive must be \\ or `, not \"{other}\"",
                        i + 1
                    ),
                };
            }
            "syntax" => syntax = Some(value),
            // Unknown directives are comments (as Docker treats them).
            _ => {}
        }
        i += 1;
    }
    let mut lines = Vec::new();
    while i < physical.len() {
        let first = physical[i];
        i += 1;
        let trimmed = first.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let start = i;
        let mut text = String::new();
        let mut cur = trimmed.to_string();
        loop {
            let (part, continued) = continuation(&cur, escape);
            text.push_str(part);
            if !continued {
                break;
            }
            // Comment and blank lines inside a continuation are skipped.
            let mut next = None;
            while i < physical.len() {
                let t = physical[i].trim_start();
                i += 1;
                if t.starts_with('#') || t.is_empty() {
                    continue;
                }
                next = Some(physical[i - 1].to_string());
                break;
            }
            match next {
                Some(n) => cur = n,
                None => break,
            }
        }
        let keyword = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        let mut heredocs = Vec::new();
        if HEREDOC_KEYWORDS.contains(&keyword.as_str()) {
            for (name, expand, strip_tabs) in heredoc_markers(&text) {
                let mut body = String::new();
                let mut closed = false;
                while i < physical.len() {
                    let raw = physical[i];
                    i += 1;
                    let l = if strip_tabs {
                        raw.trim_start_matches('\t')
                    } else {
                        raw
                    };
                    if l == name {
                        closed = true;
                        break;
                    }
                    body.push_str(l);
                    body.push('\n');
                }
                if !closed {
                    bail!("line {start}: the heredoc <<{name} is not closed by a line \"{name}\"");
                }
                heredocs.push(Heredoc {
                    name,
                    body,
                    expand,
                    strip_tabs,
                });
            }
        }
        lines.push(Logical {
            line: start,
            text: text.trim().to_string(),
            heredocs,
        });
    }
    Ok(Lexed {
        escape,
        syntax,
        lines,
    })
}

/// `# key=value` (key in lower case), if the line is a parser directive.
fn directive(line: &str) -> Option<(String, String)> {
    let rest = line.trim().strip_prefix('#')?.trim();
    let (key, value) = rest.split_once('=')?;
    let key = key.trim();
    if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((key.to_ascii_lowercase(), value.trim().to_string()))
}

/// The line without a trailing escape character (and whitespace after it), and whether it
/// continues on the next line.
fn continuation(line: &str, escape: char) -> (&str, bool) {
    let t = line.trim_end();
    match t.strip_suffix(escape) {
        Some(rest) => (rest, true),
        None => (line, false),
    }
}

/// The heredoc markers of a line: `<<NAME`, `<<-NAME`, `<<"NAME"`, `<<'NAME'`, in order, as
/// (name, expand, strip tabs). `<<<` (a here-string) is none.
pub fn heredoc_markers(text: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i + 2 < b.len() {
        if b[i] == b'<' && b[i + 1] == b'<' && (i == 0 || b[i - 1] != b'<') && b[i + 2] != b'<' {
            let mut j = i + 2;
            let strip = b.get(j) == Some(&b'-');
            if strip {
                j += 1;
            }
            let quote = match b.get(j) {
                Some(q @ (b'"' | b'\'')) => {
                    j += 1;
                    Some(*q)
                }
                _ => None,
            };
            let start = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                j += 1;
            }
            if j > start {
                let name = text[start..j].to_string();
                if let Some(q) = quote {
                    if b.get(j) == Some(&q) {
                        j += 1;
                    } else {
                        i = j;
                        continue;
                    }
                }
                out.push((name, quote.is_none(), strip));
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}
