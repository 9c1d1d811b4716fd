//! Containerfiles (Dockerfiles): the parser and the meaning of each instruction. Pure and
//! unit-tested (`tests.rs`); the builder (`crate::build`) applies the typed instructions.
//!
//! `lex` turns the text into logical lines (directives, comments, continuations, heredocs),
//! `parse` into stages of `Instruction`s (flags split off, JSON exec form recognised), and
//! `ops::op` gives one instruction's typed meaning with variables expanded by Docker's rules
//! (`words`): only ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR and
//! ARG expand; RUN, CMD and ENTRYPOINT leave it to the shell. Errors name the file, the line
//! and the instruction.

mod lex;
pub mod ops;
mod words;

#[cfg(test)]
mod tests;

use anyhow::{Result, anyhow, bail};

pub use lex::Heredoc;
pub use words::{Lookup, expand, expand_words};

/// Every instruction den knows.
pub const KEYWORDS: [&str; 18] = [
    "FROM",
    "RUN",
    "CMD",
    "LABEL",
    "MAINTAINER",
    "EXPOSE",
    "ENV",
    "ADD",
    "COPY",
    "ENTRYPOINT",
    "VOLUME",
    "USER",
    "WORKDIR",
    "ARG",
    "ONBUILD",
    "STOPSIGNAL",
    "HEALTHCHECK",
    "SHELL",
];

/// One instruction as written, with its flags split off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instruction {
    /// The line it starts on (1-based).
    pub line: usize,
    /// Upper case.
    pub keyword: String,
    /// `--name=value` (`--name` alone has an empty value), in order.
    pub flags: Vec<(String, String)>,
    /// What follows the keyword and the flags.
    pub args: String,
    /// The exec form (a JSON array of strings), when the arguments are one.
    pub json: Option<Vec<String>>,
    pub heredocs: Vec<Heredoc>,
}

impl Instruction {
    /// The value of `--name`, if given (the last one wins).
    pub fn flag(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a repeatable flag (`--mount`).
    pub fn flag_all(&self, name: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The instruction as podman prints it in `STEP n/m: ...` and history: keyword, flags,
    /// arguments.
    pub fn display(&self) -> String {
        let mut s = self.keyword.clone();
        for (n, v) in &self.flags {
            s.push_str(" --");
            s.push_str(n);
            if !v.is_empty() {
                s.push('=');
                s.push_str(v);
            }
        }
        if !self.args.is_empty() {
            s.push(' ');
            s.push_str(&self.args);
        }
        s
    }
}

/// One `FROM` and the instructions up to the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    pub index: usize,
    pub from: Instruction,
    pub instructions: Vec<Instruction>,
}

/// A parsed Containerfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Containerfile {
    /// How errors name the file (its path, or "-").
    pub file: String,
    pub escape: char,
    pub syntax: Option<String>,
    /// The ARG instructions before the first FROM.
    pub meta_args: Vec<Instruction>,
    pub stages: Vec<Stage>,
}

impl Containerfile {
    /// An error about one instruction: `FILE:LINE: KEYWORD: message`.
    pub fn error_at(&self, inst: &Instruction, message: impl std::fmt::Display) -> anyhow::Error {
        anyhow!("{}:{}: {}: {message}", self.file, inst.line, inst.keyword)
    }

    /// The number of instructions of the stages, FROM included (podman's step count).
    pub fn step_count(&self, stages: &[usize]) -> usize {
        stages
            .iter()
            .map(|&s| 1 + self.stages[s].instructions.len())
            .sum()
    }
}

/// Instructions whose flags den parses (the others take none).
const WITH_FLAGS: [&str; 5] = ["FROM", "RUN", "COPY", "ADD", "HEALTHCHECK"];

/// Parses a Containerfile; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Containerfile> {
    let lexed = lex::lex(text).map_err(|e| anyhow!("{file}: {e}"))?;
    let mut meta_args = Vec::new();
    let mut stages: Vec<Stage> = Vec::new();
    for logical in lexed.lines {
        let inst = instruction(logical).map_err(|e| anyhow!("{file}:{e}"))?;
        if inst.keyword == "FROM" {
            stages.push(Stage {
                index: stages.len(),
                from: inst,
                instructions: Vec::new(),
            });
        } else if let Some(stage) = stages.last_mut() {
            stage.instructions.push(inst);
        } else if inst.keyword == "ARG" {
            meta_args.push(inst);
        } else {
            bail!(
                "{file}:{}: {}: only ARG may come before the first FROM",
                inst.line,
                inst.keyword
            );
        }
    }
    if stages.is_empty() {
        bail!(
            "{file}: no FROM instruction: a Containerfile starts with FROM IMAGE (or FROM scratch)"
        );
    }
    let cf = Containerfile {
        file: file.to_string(),
        escape: lexed.escape,
        syntax: lexed.syntax,
        meta_args,
        stages,
    };
    for stage in &cf.stages {
        for inst in std::iter::once(&stage.from).chain(&stage.instructions) {
            ops::check(&cf, inst)?;
        }
    }
    Ok(cf)
}

fn instruction(logical: lex::Logical) -> Result<Instruction> {
    let text = logical.text.as_str();
    let (word, rest) = text
        .split_once(char::is_whitespace)
        .map_or((text, ""), |(k, r)| (k, r.trim_start()));
    let keyword = word.to_ascii_uppercase();
    if !KEYWORDS.contains(&keyword.as_str()) {
        bail!(
            "{}: unknown instruction \"{word}\" (the instructions are {})",
            logical.line,
            KEYWORDS.join(", ")
        );
    }
    let mut flags = Vec::new();
    let mut args = rest;
    if WITH_FLAGS.contains(&keyword.as_str()) {
        while let Some(after) = args.strip_prefix("--") {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            let flag = &after[..end];
            let (name, value) = flag.split_once('=').unwrap_or((flag, ""));
            if name.is_empty() {
                break;
            }
            flags.push((name.to_ascii_lowercase(), value.to_string()));
            args = after[end..].trim_start();
        }
    }
    let json = if args.starts_with('[') {
        serde_json::from_str::<Vec<String>>(args).ok()
    } else {
        None
    };
    Ok(Instruction {
        line: logical.line,
        keyword,
        flags,
        args: args.to_string(),
        json,
        heredocs: logical.heredocs,
    })
}
