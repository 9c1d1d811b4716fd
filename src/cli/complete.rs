//! Completion of the names in den's store: `den __complete WORD...` prints the container,
//! image or volume names that fit the last WORD of a command line being typed.
//!
//! The shell scripts clap_complete writes (completions/) know den's commands and flags but
//! not what is in the store, and clap_complete's own dynamic engine is still an unstable
//! feature, so this small walker is den's: it follows the words through clap's definition
//! of den (subcommands, flags that take a value, positionals) to the positional being
//! typed, and its value name says what to list (`CONTAINER`, `IMAGE`, `VOLUME`, `inspect`'s
//! `NAME`). The scripts call it only where a positional is being completed; it prints
//! nothing when it has nothing to offer, and never an error.

use std::path::PathBuf;

use clap::{Arg, Command};

use super::argv::{Walker, Word};

use crate::config::Ctx;
use crate::store::{Store, records, volumes};

/// The hidden command the completion scripts call.
pub const COMMAND: &str = "__complete";

/// What a positional argument names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Containers,
    Images,
    Volumes,
    /// `den inspect`: any object.
    Any,
}

/// What the walk found: the kind of the positional under the cursor and the store flags
/// given on the line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Walk {
    pub kind: Option<Kind>,
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
}

fn kind_of(path: &[String], arg: &Arg) -> Option<Kind> {
    let name = arg
        .get_value_names()
        .and_then(|n| n.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), ToString::to_string);
    match name.as_str() {
        "CONTAINER" => Some(Kind::Containers),
        "IMAGE" if path.last().is_some_and(|p| p == "pull") => None,
        "IMAGE" => Some(Kind::Images),
        "VOLUME" => Some(Kind::Volumes),
        "NAME" if path == ["inspect"] => Some(Kind::Any),
        "NAME" if path == ["image", "inspect"] || path == ["images"] || path == ["image", "ls"] => {
            Some(Kind::Images)
        }
        _ => None,
    }
}

/// Walks `words` (the command line after `den`, the last one being typed) through `cmd`.
pub fn walk(cmd: &Command, words: &[String]) -> Walk {
    let mut out = Walk::default();
    let Some((_typing, done)) = words.split_last() else {
        return out;
    };
    let mut walker = Walker::new(cmd);
    for word in done {
        if let Word::Value(arg) = walker.step(word) {
            remember_store_flag(&mut out, arg, word);
        } else if let Some((name, value)) = word.strip_prefix("--").and_then(|w| w.split_once('='))
            && let Some(arg) = walker
                .cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(name))
        {
            remember_store_flag(&mut out, arg, value);
        }
    }
    if walker.wants_value() {
        return out;
    }
    // `den run IMAGE COMMAND...`: past the image every word is the program's, which the
    // positional list below says (COMMAND names nothing in the store).
    let (cmd, path, positionals) = (walker.cmd, walker.path, walker.positionals);
    let mut args: Vec<&Arg> = cmd.get_positionals().collect();
    args.sort_by_key(|a| a.get_index().unwrap_or(usize::MAX));
    let current = args.iter().enumerate().find_map(|(i, a)| {
        let repeats = a.get_num_args().is_some_and(|n| n.max_values() > 1);
        (i == positionals || (repeats && i <= positionals)).then_some(*a)
    });
    out.kind = current.and_then(|a| kind_of(&path, a));
    out
}

fn remember_store_flag(out: &mut Walk, arg: &Arg, value: &str) {
    match arg.get_id().as_str() {
        "root" => out.root = Some(PathBuf::from(value)),
        "runroot" => out.runroot = Some(PathBuf::from(value)),
        _ => {}
    }
}

fn container_names(store: &Store) -> Vec<String> {
    records::all_ids(store)
        .iter()
        .filter_map(|id| records::read(store, id).ok())
        .map(|r| r.name)
        .collect()
}

fn image_names(store: &Store) -> Vec<String> {
    store
        .images()
        .unwrap_or_default()
        .into_iter()
        .flat_map(|i| i.names)
        .collect()
}

fn volume_names(store: &Store) -> Vec<String> {
    volumes::list(store).into_iter().map(|v| v.name).collect()
}

/// The names of `kind` in the store, filtered by the word being typed.
pub fn names(store: &Store, kind: Kind, typing: &str) -> Vec<String> {
    let mut all = match kind {
        Kind::Containers => container_names(store),
        Kind::Images => image_names(store),
        Kind::Volumes => volume_names(store),
        Kind::Any => {
            let mut all = container_names(store);
            all.extend(image_names(store));
            all.extend(volume_names(store));
            all
        }
    };
    all.retain(|n| n.starts_with(typing));
    all.sort();
    all.dedup();
    all
}

/// `den __complete WORD...`: prints one candidate per line; exit 0 whatever happens, so a
/// broken store never breaks the user's shell.
pub fn main(words: &[String]) -> i32 {
    let cmd = crate::cli::full_command();
    let found = walk(&cmd, words);
    let Some(kind) = found.kind else {
        return 0;
    };
    let Ok(ctx) = Ctx::resolve(found.root, found.runroot) else {
        return 0;
    };
    if !ctx.paths.store.is_dir() {
        return 0;
    }
    let Ok(store) = Store::open(&ctx.paths) else {
        return 0;
    };
    let typing = words.last().map_or("", String::as_str);
    let mut out = String::new();
    for name in names(&store, kind, typing) {
        out.push_str(&name);
        out.push('\n');
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    0
}

/// Added to clap_complete's bash script: where a positional names something in the store,
/// the names `den __complete` prints replace clap's candidates. With bash-completion's
/// helpers, `IMAGE:TAG` stays one word (`:` is a word break for readline).
const BASH: &str = r#"
_den_store_names() {
    local cur cword words
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n =: -c cur -w words -i cword
    else
        cur="${COMP_WORDS[COMP_CWORD]}"; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD
    fi
    [[ "$cur" == -* ]] && return 1
    local names
    names=$("${words[0]}" __complete "${words[@]:1:cword}" 2>/dev/null)
    [[ -n "$names" ]] || return 1
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$names" -- "$cur"))
    declare -F __ltrim_colon_completions >/dev/null && __ltrim_colon_completions "$cur"
    return 0
}
_den_with_store_names() {
    _den_store_names || _den "$@"
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _den_with_store_names -o nosort -o bashdefault -o default den
else
    complete -F _den_with_store_names -o bashdefault -o default den
fi
"#;

/// zsh: every positional's action (`_default` in clap's script) becomes this function, which
/// offers the store's names and otherwise falls back to `_default`. The line is read from
/// `$LBUFFER`, since `_arguments` narrows `$words` to a subcommand's own.
const ZSH: &str = r#"
(( $+functions[_den_store_names] )) ||
_den_store_names() {
    local -a line names
    line=("${(@z)LBUFFER}")
    [[ "$LBUFFER" == *[[:space:]] ]] && line+=("")
    names=(${(f)"$(${line[1]} __complete "${(@)line[2,-1]}" 2>/dev/null)"})
    if (( ${#names} )); then
        compadd -a names
    else
        _default "$@"
    fi
}
"#;

/// fish: one completion entry, active only where `den __complete` has names to offer.
const FISH: &str = r#"
function __fish_den_store_names
    set -l words (commandline -opc) (commandline -ct)
    $words[1] __complete $words[2..-1] 2>/dev/null
end
complete -c den -n "__fish_den_store_names | string length -q" -f -a "(__fish_den_store_names)"
"#;

/// The completion script for `shell` (bash, zsh, fish) with den's store names added to what
/// clap_complete generated (`script`).
pub fn with_store_names(shell: &str, script: &str) -> String {
    match shell {
        "bash" => {
            // clap's own `complete` lines are replaced by the ones in BASH.
            let cut = script
                .rfind("if [[ \"${BASH_VERSINFO[0]}\"")
                .unwrap_or(script.len());
            format!("{}{}", &script[..cut], BASH.trim_start())
        }
        "zsh" => {
            let mut out = String::with_capacity(script.len() + ZSH.len());
            for line in script.split_inclusive('\n') {
                let positional = line.starts_with("':") || line.starts_with("'*::");
                if positional && line.contains(":_default' \\") {
                    out.push_str(&line.replacen(":_default' \\", ":_den_store_names' \\", 1));
                } else {
                    out.push_str(line);
                }
            }
            // The helper goes before the last lines, which call or register `_den`.
            let cut = out
                .rfind("if [ \"$funcstack[1]\" = \"_den\" ]")
                .unwrap_or(out.len());
            out.insert_str(cut, ZSH.trim_start());
            out
        }
        "fish" => format!("{script}{FISH}"),
        _ => script.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<Kind> {
        let mut words: Vec<String> = line.split(' ').map(String::from).collect();
        if line.ends_with(' ') {
            words.pop();
            words.push(String::new());
        }
        let cmd = crate::cli::full_command();
        walk(&cmd, &words).kind
    }

    #[test]
    fn positionals_name_what_to_list() {
        assert_eq!(kind("rm "), Some(Kind::Containers));
        assert_eq!(kind("rm -f a "), Some(Kind::Containers));
        assert_eq!(kind("container stop -t 3 "), Some(Kind::Containers));
        assert_eq!(kind("rmi "), Some(Kind::Images));
        assert_eq!(kind("image rm bu"), Some(Kind::Images));
        assert_eq!(kind("volume rm "), Some(Kind::Volumes));
        assert_eq!(kind("inspect "), Some(Kind::Any));
        assert_eq!(kind("run --rm -it "), Some(Kind::Images));
        assert_eq!(kind("exec -it web"), Some(Kind::Containers));
        assert_eq!(kind("commit web "), Some(Kind::Images));
    }

    #[test]
    fn values_of_flags_and_programs_are_not_names() {
        assert_eq!(kind("run --name "), None);
        assert_eq!(kind("run -e "), None);
        assert_eq!(kind("run --rm busybox "), None);
        assert_eq!(kind("run --rm busybox ls "), None);
        assert_eq!(kind("exec web "), None);
        assert_eq!(kind("stop -t "), None);
        assert_eq!(kind("pull "), None);
        assert_eq!(kind("volume create "), None);
        assert_eq!(kind("ps "), None);
        assert_eq!(kind(""), None);
    }

    #[test]
    fn store_flags_on_the_line_are_kept() {
        let cmd = crate::cli::full_command();
        let words: Vec<String> = ["--root", "/s", "rm", ""].map(String::from).to_vec();
        let w = walk(&cmd, &words);
        assert_eq!(w.kind, Some(Kind::Containers));
        assert_eq!(w.root, Some(PathBuf::from("/s")));
        let words: Vec<String> = ["--runroot=/r", "rmi", "x"].map(String::from).to_vec();
        assert_eq!(walk(&cmd, &words).runroot, Some(PathBuf::from("/r")));
    }
}
