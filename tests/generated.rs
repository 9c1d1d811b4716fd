//! Files generated from den's own definitions and committed to the repository: man pages
//! (man/den.1, man/den-<command>.1) and shell completions (completions/den.bash, _den,
//! den.fish) from `den::cli::Cli`, and config.example.toml, which must document every key
//! of `den::config::Config`.
//!
//! When the CLI changes, the committed files go stale and `committed_files_are_current`
//! fails; `DEN_UPDATE_GENERATED=1 cargo test --test generated` rewrites them.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::{Generator, Shell};

const UPDATE_ENV: &str = "DEN_UPDATE_GENERATED";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every generated file, by path relative to the repository root.
fn generate() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();

    // Man pages: one for den and one per visible subcommand, as clap_mangen::generate_to
    // names them (den-run.1, ...), rendered in memory so the test can compare.
    let mut cmd = den::cli::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut stack = vec![cmd];
    while let Some(cmd) = stack.pop() {
        stack.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
        let man = clap_mangen::Man::new(cmd.clone());
        let mut page = Vec::new();
        render_page(&man, &cmd, &mut page).expect("rendering a man page");
        // EXIT STATUS and EXAMPLES come from den::cli::manual, after clap's sections.
        let name = man.get_filename();
        let stem = name.strip_suffix(".1").unwrap_or(&name);
        page.extend_from_slice(den::cli::manual::sections(stem).as_bytes());
        files.insert(format!("man/{name}"), page);
    }

    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        let mut cmd = den::cli::full_command();
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut cmd, "den", &mut script);
        // Names in the store (containers, images, volumes) come from `den __complete`.
        let script = den::cli::complete::with_store_names(
            &shell.to_string(),
            &String::from_utf8(script).expect("a completion script is text"),
        );
        files.insert(
            format!("completions/{}", shell.file_name("den")),
            script.into_bytes(),
        );
    }
    files
}

/// clap_mangen's sections in its order, with den's SYNOPSIS (value names, globals folded).
fn render_page(
    man: &clap_mangen::Man,
    cmd: &clap::Command,
    page: &mut Vec<u8>,
) -> std::io::Result<()> {
    man.render_title(page)?;
    man.render_name_section(page)?;
    page.extend_from_slice(den::cli::manual::synopsis(cmd).as_bytes());
    man.render_description_section(page)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(page)?;
    }
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(page)?;
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(page)?;
    }
    if cmd.get_version().is_some() || cmd.get_long_version().is_some() {
        man.render_version_section(page)?;
    }
    Ok(())
}

/// Generated files on disk: everything under man/ and completions/.
fn committed() -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for dir in ["man", "completions"] {
        let Ok(entries) = fs::read_dir(root().join(dir)) else {
            continue;
        };
        for entry in entries {
            let entry = entry.expect("reading a generated directory");
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                let name = format!("{dir}/{}", entry.file_name().to_string_lossy());
                files.insert(
                    name,
                    fs::read(entry.path()).expect("reading a generated file"),
                );
            }
        }
    }
    files
}

fn write_all(files: &BTreeMap<String, Vec<u8>>, stale: &[String]) {
    for name in stale {
        fs::remove_file(root().join(name)).expect("removing a stale generated file");
    }
    for (name, bytes) in files {
        let path = root().join(name);
        fs::create_dir_all(path.parent().unwrap()).expect("creating a generated directory");
        fs::write(&path, bytes).expect("writing a generated file");
    }
}

#[test]
fn committed_files_are_current() {
    let fresh = generate();
    let on_disk = committed();
    let changed: Vec<String> = fresh
        .iter()
        .filter(|(name, bytes)| on_disk.get(*name) != Some(*bytes))
        .map(|(name, _)| name.clone())
        .collect();
    let stale: Vec<String> = on_disk
        .keys()
        .filter(|name| !fresh.contains_key(*name))
        .cloned()
        .collect();
    if std::env::var_os(UPDATE_ENV).is_some_and(|v| v == "1") {
        write_all(&fresh, &stale);
        return;
    }
    assert!(
        changed.is_empty() && stale.is_empty(),
        "generated files are stale; run: {UPDATE_ENV}=1 cargo test --test generated\n\
         differ or missing: {changed:?}\nno longer generated: {stale:?}"
    );
}

#[test]
fn every_subcommand_has_a_man_page() {
    let files = generate();
    assert!(files.contains_key("man/den.1"));
    for sub in den::cli::Cli::command().get_subcommands() {
        let name = format!("man/den-{}.1", sub.get_name());
        assert!(files.contains_key(&name), "no {name}");
    }
}

/// Lines of config.example.toml with every commented-out key (`#key = ...`, no space after
/// the `#`) uncommented; prose comments (`# ...`) stay comments.
fn uncomment_keys(text: &str) -> String {
    text.lines()
        .map(|line| match line.strip_prefix('#') {
            Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => rest,
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn config_example_documents_every_key_den_reads() {
    let path = root().join("config.example.toml");
    let text = fs::read_to_string(&path).expect("reading config.example.toml");

    // As shipped, everything is commented out: the file is a valid, empty config.
    let empty: den::config::Config = toml::from_str(&text).expect("config.example.toml as shipped");
    assert!(format!("{empty:?}").contains("None"));

    // Uncommented, den must accept every key (it rejects unknown keys, so a key that den no
    // longer reads fails here) ...
    let full: den::config::Config = toml::from_str(&uncomment_keys(&text))
        .unwrap_or_else(|e| panic!("config.example.toml with its keys uncommented: {e}"));
    // ... and every key den reads must be documented: nothing left unset or empty.
    let debug = format!("{full:?}");
    assert!(
        !debug.contains("None") && !debug.contains("[]"),
        "config.example.toml does not document every key of den::config::Config \
         (unset after uncommenting: None or [] in {debug})"
    );
    assert_eq!(full.storage.driver.as_deref(), Some("auto"));
}
