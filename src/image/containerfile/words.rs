//! Variable substitution and word splitting, by Docker's rules: `$VAR`, `${VAR}`,
//! `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`; an
//! escaped `\$` is a literal `$`; nothing is expanded inside single quotes; quotes are removed.

use anyhow::{Result, bail};

/// Looks a variable up: its value, or `None` when it is not set.
pub type Lookup<'a> = dyn Fn(&str) -> Option<String> + 'a;

/// One word: variables expanded, quotes and escapes removed, whitespace kept.
pub fn expand(text: &str, escape: char, lookup: &Lookup<'_>) -> Result<String> {
    let words = process(text, escape, lookup, false)?;
    Ok(words.into_iter().next().unwrap_or_default())
}

/// Words split on unquoted whitespace, each expanded as `expand` does.
pub fn expand_words(text: &str, escape: char, lookup: &Lookup<'_>) -> Result<Vec<String>> {
    process(text, escape, lookup, true)
}

fn process(text: &str, escape: char, lookup: &Lookup<'_>, split: bool) -> Result<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if split && c.is_whitespace() {
            if in_word {
                words.push(std::mem::take(&mut cur));
                in_word = false;
            }
            i += 1;
            continue;
        }
        in_word = true;
        if c == escape {
            match chars.get(i + 1) {
                Some(&n) => cur.push(n),
                None => cur.push(c),
            }
            i += 2;
        } else if c == '\'' {
            let end = find(&chars, i + 1, '\'').ok_or_else(|| unclosed(text, '\''))?;
            cur.extend(&chars[i + 1..end]);
            i = end + 1;
        } else if c == '"' {
            i += 1;
            loop {
                let Some(&d) = chars.get(i) else {
                    return Err(unclosed(text, '"'));
                };
                if d == '"' {
                    i += 1;
                    break;
                }
                if d == escape {
                    match chars.get(i + 1) {
                        Some(&n) if n == '"' || n == '$' || n == escape => {
                            cur.push(n);
                            i += 2;
                        }
                        _ => {
                            cur.push(d);
                            i += 1;
                        }
                    }
                } else if d == '$' {
                    i = variable(&chars, i, escape, lookup, &mut cur)?;
                } else {
                    cur.push(d);
                    i += 1;
                }
            }
        } else if c == '$' {
            i = variable(&chars, i, escape, lookup, &mut cur)?;
        } else {
            cur.push(c);
            i += 1;
        }
    }
    if in_word || !split {
        words.push(cur);
    }
    Ok(words)
}

fn unclosed(text: &str, quote: char) -> anyhow::Error {
    anyhow::anyhow!("unclosed {quote} in \"{text}\"")
}

fn find(chars: &[char], from: usize, c: char) -> Option<usize> {
    chars[from..].iter().position(|&x| x == c).map(|p| p + from)
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Expands the variable at `chars[at] == '$'` into `out`; returns the index after it.
fn variable(
    chars: &[char],
    at: usize,
    escape: char,
    lookup: &Lookup<'_>,
    out: &mut String,
) -> Result<usize> {
    let mut i = at + 1;
    match chars.get(i) {
        Some('{') => {
            // Find the matching brace (nested ${...} in the word are allowed).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                bail!("missing '}}' in \"{}\"", chars.iter().collect::<String>());
            }
            let inner: String = chars[i + 1..j].iter().collect();
            out.push_str(&braced(&inner, escape, lookup)?);
            Ok(j + 1)
        }
        Some(&c) if is_name_char(c) && !c.is_ascii_digit() => {
            let start = i;
            while i < chars.len() && is_name_char(chars[i]) {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            out.push_str(&lookup(&name).unwrap_or_default());
            Ok(i)
        }
        _ => {
            out.push('$');
            Ok(at + 1)
        }
    }
}

/// `NAME`, `NAME:-word`, `NAME-word`, `NAME:+word`, `NAME+word`, `NAME:?msg`, `NAME?msg`.
fn braced(inner: &str, escape: char, lookup: &Lookup<'_>) -> Result<String> {
    let name_end = inner
        .find(|c: char| !is_name_char(c))
        .unwrap_or(inner.len());
    let name = &inner[..name_end];
    if name.is_empty() {
        bail!("bad substitution \"${{{inner}}}\"");
    }
    let rest = &inner[name_end..];
    let value = lookup(name);
    if rest.is_empty() {
        return Ok(value.unwrap_or_default());
    }
    let (colon, op_and_word) = match rest.strip_prefix(':') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let mut it = op_and_word.chars();
    let op = it.next().unwrap_or(' ');
    let word = it.as_str();
    // With a colon, an empty value counts as unset.
    let set = match &value {
        Some(v) => !colon || !v.is_empty(),
        None => false,
    };
    let word_value = || expand(word, escape, lookup);
    match op {
        '-' => {
            if set {
                Ok(value.unwrap_or_default())
            } else {
                word_value()
            }
        }
        '+' => {
            if set {
                word_value()
            } else {
                Ok(String::new())
            }
        }
        '?' => {
            if set {
                Ok(value.unwrap_or_default())
            } else if word.is_empty() {
                bail!("{name}: a value is required")
            } else {
                bail!("{name}: {}", word_value()?)
            }
        }
        _ => bail!("bad substitution \"${{{inner}}}\" (den supports :-, -, :+, +, :?, ?)"),
    }
}
