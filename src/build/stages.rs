//! Which stages a build runs (the target and what it needs, in file order; unused stages are
//! skipped as BuildKit and buildah do) and the build arguments each scope sees. Pure.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{Result, bail};

use crate::image::containerfile::{Containerfile, Stage, expand_words};

/// A stage's name (`AS name`), lower case, if it has one.
pub fn stage_name(stage: &Stage) -> Option<String> {
    let words: Vec<&str> = stage.from.args.split_whitespace().collect();
    (words.len() == 3).then(|| words[2].to_ascii_lowercase())
}

/// The stage a `--from=`/`FROM` word names among the stages before `before`: by name or by
/// index.
pub fn find_stage(cf: &Containerfile, word: &str, before: usize) -> Option<usize> {
    let lower = word.to_ascii_lowercase();
    cf.stages[..before]
        .iter()
        .find(|s| stage_name(s).as_deref() == Some(lower.as_str()))
        .map(|s| s.index)
        .or_else(|| word.parse::<usize>().ok().filter(|&i| i < before))
}

/// The stage index of `--target` (the last stage without it).
pub fn target_stage(cf: &Containerfile, target: Option<&str>) -> Result<usize> {
    match target {
        None => Ok(cf.stages.len() - 1),
        Some(t) => {
            if let Some(i) = find_stage(cf, t, cf.stages.len()) {
                return Ok(i);
            }
            let names: Vec<String> = cf.stages.iter().filter_map(stage_name).collect();
            bail!(
                "--target {t}: no stage of that name in {} (its stages: {})",
                cf.file,
                if names.is_empty() {
                    "none named".to_string()
                } else {
                    names.join(", ")
                }
            )
        }
    }
}

/// The stages the target needs, in file order: the target, the stages its FROM, COPY --from
/// and RUN --mount from= name, and theirs. `from_word` gives a stage's FROM image word with
/// the global build args expanded.
pub fn needed_stages(
    cf: &Containerfile,
    target: usize,
    from_word: &dyn Fn(&Stage) -> String,
) -> Vec<usize> {
    let mut needed = BTreeSet::new();
    let mut todo = vec![target];
    while let Some(i) = todo.pop() {
        if !needed.insert(i) {
            continue;
        }
        let stage = &cf.stages[i];
        let mut refs = vec![from_word(stage)];
        for inst in &stage.instructions {
            if let Some(f) = inst.flag("from") {
                refs.push(f.to_string());
            }
            for m in inst.flag_all("mount") {
                for part in m.split(',') {
                    if let Some(f) = part.strip_prefix("from=") {
                        refs.push(f.to_string());
                    }
                }
            }
        }
        for r in refs {
            if let Some(dep) = find_stage(cf, &r, i) {
                todo.push(dep);
            }
        }
    }
    needed.into_iter().collect()
}

/// The build args before the first FROM, with `--build-arg` values over their defaults and
/// the predefined platform args.
pub fn global_args(
    cf: &Containerfile,
    given: &BTreeMap<String, String>,
    predefined: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, String>> {
    let mut scope = predefined.clone();
    for inst in &cf.meta_args {
        let lookup = |n: &str| scope.get(n).cloned();
        let words =
            expand_words(&inst.args, cf.escape, &lookup).map_err(|e| cf.error_at(inst, e))?;
        for w in words {
            let (name, default) = match w.split_once('=') {
                Some((k, v)) => (k.to_string(), Some(v.to_string())),
                None => (w, None),
            };
            if let Some(v) = given.get(&name).cloned().or(default) {
                scope.insert(name, v);
            }
        }
    }
    Ok(scope)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::containerfile::parse;

    const FILE: &str = "ARG BASE=busybox\nFROM $BASE AS tools\nRUN echo t\nFROM busybox AS unused\nRUN echo u\nFROM tools AS build\nRUN echo b\nFROM busybox AS other\nFROM busybox\nCOPY --from=build /x /x\nRUN --mount=type=bind,from=other,target=/o true\n";

    fn word() -> impl Fn(&Stage) -> String {
        |s: &Stage| {
            s.from
                .args
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_string()
        }
    }

    #[test]
    fn unused_stages_are_skipped_and_target_cuts_the_rest() {
        let cf = parse(FILE, "F").unwrap();
        let last = target_stage(&cf, None).unwrap();
        assert_eq!(needed_stages(&cf, last, &word()), [0, 2, 3, 4]);
        let t = target_stage(&cf, Some("build")).unwrap();
        assert_eq!(needed_stages(&cf, t, &word()), [0, 2]);
        assert_eq!(target_stage(&cf, Some("1")).unwrap(), 1);
        let e = target_stage(&cf, Some("nope")).unwrap_err().to_string();
        assert!(e.contains("tools, unused, build, other"), "{e}");
    }

    #[test]
    fn global_args_take_build_args_over_defaults() {
        let cf = parse("ARG A=1\nARG B=${A}x\nARG C\nFROM busybox\n", "F").unwrap();
        let pre = BTreeMap::from([("TARGETARCH".to_string(), "amd64".to_string())]);
        let none = global_args(&cf, &BTreeMap::new(), &pre).unwrap();
        assert_eq!(none.get("B").map(String::as_str), Some("1x"));
        assert!(!none.contains_key("C"));
        let given = BTreeMap::from([("A".to_string(), "2".to_string()), ("C".into(), "c".into())]);
        let g = global_args(&cf, &given, &pre).unwrap();
        assert_eq!(g["B"], "2x");
        assert_eq!(g["C"], "c");
        assert_eq!(g["TARGETARCH"], "amd64");
    }
}
