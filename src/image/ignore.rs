//! `.containerignore` / `.dockerignore` patterns, by Docker's rules: one pattern a line, `#`
//! comments, paths relative to the context (a leading `/` is dropped, `.` and `..` cleaned),
//! `*` and `?` within one path component, `[...]` classes, `**` across any number of
//! components; a pattern that matches a directory matches everything under it; `!` re-includes;
//! the last pattern that matches decides. Pure; unit-tested below.

/// One pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Pattern {
    parts: Vec<String>,
    exclusion: bool,
}

/// A parsed ignore file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ignore {
    patterns: Vec<Pattern>,
}

impl Ignore {
    pub fn parse(text: &str) -> Ignore {
        let mut patterns = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (exclusion, rest) = match line.strip_prefix('!') {
                Some(r) => (true, r.trim()),
                None => (false, line),
            };
            let parts = clean(rest);
            if parts.is_empty() {
                continue;
            }
            patterns.push(Pattern { parts, exclusion });
        }
        Ignore { patterns }
    }

    /// Whether there are `!` patterns (then an ignored directory may still hold kept files).
    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.exclusion)
    }

    /// Whether the context-relative path `rel` (components joined by `/`) is ignored.
    pub fn ignored(&self, rel: &str) -> bool {
        let path = clean(rel);
        if path.is_empty() {
            return false;
        }
        let mut ignored = false;
        for p in &self.patterns {
            if matches_path(&p.parts, &path) {
                ignored = !p.exclusion;
            }
        }
        ignored
    }
}

/// The components of a path, `.` and empty ones dropped and `..` applied (never above the
/// context).
fn clean(path: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p.to_string()),
        }
    }
    out
}

/// The pattern matches the path or one of its parent directories.
fn matches_path(pattern: &[String], path: &[String]) -> bool {
    (1..=path.len()).any(|n| match_parts(pattern, &path[..n]))
}

fn match_parts(pattern: &[String], path: &[String]) -> bool {
    match pattern.first() {
        None => path.is_empty(),
        Some(p) if p == "**" => {
            (0..=path.len()).any(|skip| match_parts(&pattern[1..], &path[skip..]))
        }
        Some(p) => {
            !path.is_empty()
                && match_component(p.as_bytes(), path[0].as_bytes())
                && match_parts(&pattern[1..], &path[1..])
        }
    }
}

/// Whether the file name `name` matches the glob `pattern` (one path component).
pub fn component_matches(pattern: &str, name: &str) -> bool {
    match_component(pattern.as_bytes(), name.as_bytes())
}

/// Glob matching of one component: `*`, `?`, `[a-z]`, `[!a]`/`[^a]`, `\` escapes.
fn match_component(p: &[u8], s: &[u8]) -> bool {
    match p.first() {
        None => s.is_empty(),
        Some(b'*') => (0..=s.len()).any(|i| match_component(&p[1..], &s[i..])),
        Some(b'?') => !s.is_empty() && match_component(&p[1..], &s[1..]),
        Some(b'[') => {
            let Some(close) = p.iter().skip(1).position(|&c| c == b']').map(|i| i + 1) else {
                return s.first() == Some(&b'[') && match_component(&p[1..], &s[1..]);
            };
            let Some(&c) = s.first() else {
                return false;
            };
            let mut class = &p[1..close];
            let negated = matches!(class.first(), Some(b'!' | b'^'));
            if negated {
                class = &class[1..];
            }
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == b'-' {
                    hit |= class[i] <= c && c <= class[i + 2];
                    i += 3;
                } else {
                    hit |= class[i] == c;
                    i += 1;
                }
            }
            hit != negated && match_component(&p[close + 1..], &s[1..])
        }
        Some(b'\\') if p.len() > 1 => s.first() == Some(&p[1]) && match_component(&p[2..], &s[1..]),
        Some(&c) => s.first() == Some(&c) && match_component(&p[1..], &s[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docker_rules() {
        let ig = Ignore::parse(
            "# comment\n/node_modules\n*.log\n!keep.log\n**/*.tmp\ndocs/**\n!docs/README.md\n../secret\nbuild/./out\n[ab]?.txt\n",
        );
        assert!(ig.ignored("node_modules"));
        assert!(
            ig.ignored("node_modules/x/y.js"),
            "under an ignored directory"
        );
        assert!(
            !ig.ignored("src/node_modules"),
            "the pattern is anchored at the context"
        );
        assert!(ig.ignored("debug.log"));
        assert!(!ig.ignored("keep.log"), "the last matching pattern wins");
        assert!(!ig.ignored("sub/debug.log"), "* does not cross /");
        assert!(
            ig.ignored("a/b/c.tmp") && ig.ignored("c.tmp"),
            "** spans any depth, zero too"
        );
        assert!(ig.ignored("docs/guide.md"));
        assert!(!ig.ignored("docs/README.md"));
        assert!(
            ig.ignored("secret"),
            ".. is cleaned, never above the context"
        );
        assert!(ig.ignored("build/out/bin"));
        assert!(ig.ignored("a1.txt") && !ig.ignored("c1.txt"));
        assert!(ig.has_exceptions());
        assert!(!Ignore::parse("").ignored("anything"));
    }

    #[test]
    fn exception_after_directory_and_negated_class() {
        let ig = Ignore::parse("*\n!src\n!Containerfile\nsrc/[!m]*.rs\n");
        assert!(ig.ignored("target/debug/x"));
        assert!(!ig.ignored("src/main.rs"));
        assert!(ig.ignored("src/lib.rs"));
        assert!(!ig.ignored("Containerfile"));
    }
}
