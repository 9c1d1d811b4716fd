//! The meaning of each instruction for the builder: ARG scope, SHELL, MAINTAINER, the
//! metadata instructions (`config`), RUN's options and COPY/ADD's sources, each turned into
//! one `Builder::step` with the text its cache key covers.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::{
    Builder, PROXY_ARGS, StageState, StepWork, config, copy, heredoc_text, is_tarball, run,
};
use crate::image::containerfile::Instruction;
use crate::image::containerfile::ops::{Command, Op, op};

impl Builder<'_> {
    pub(super) fn instruction(
        &mut self,
        state: &mut StageState,
        inst: &Instruction,
        show_id: bool,
    ) -> Result<()> {
        let env_cfg = state.config.clone();
        let args = state.args.clone();
        let look = |n: &str| config::env_value(&env_cfg, n).or_else(|| args.get(n).cloned());
        let operation = op(&self.cf, inst, &look, &state.shell)?;
        let nop = format!("/bin/sh -c #(nop) {}", inst.display());
        let scope = serde_json::to_string(&state.args)?;
        let text = format!("{}\n{scope}\n{}", inst.display(), heredoc_text(inst));
        match &operation {
            Op::Arg(list) => {
                for (name, default) in list {
                    self.used_args.insert(name.clone());
                    let value = self
                        .opts
                        .build_args
                        .get(name)
                        .cloned()
                        .or_else(|| default.clone())
                        .or_else(|| self.global.get(name).cloned());
                    if let Some(v) = value {
                        state.args.insert(name.clone(), v);
                    }
                }
                let scope = serde_json::to_string(&state.args)?;
                self.step(state, &format!("{text}\n{scope}"), nop, None, show_id)
            }
            Op::Shell(v) => {
                state.shell.clone_from(v);
                self.step(state, &text, nop, None, show_id)
            }
            Op::Maintainer(a) => {
                state.author = Some(a.clone());
                self.step(state, &text, nop, None, show_id)
            }
            Op::Run {
                command,
                mounts,
                network,
            } => {
                let argv = command.argv(&state.shell);
                let network = match network.as_deref() {
                    None | Some("default") => self.opts.network.clone(),
                    Some(n) => Some(n.to_string()),
                };
                let mut env: Vec<String> = state
                    .args
                    .iter()
                    .filter(|(k, _)| config::env_value(&state.config, k).is_none())
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect();
                for p in PROXY_ARGS {
                    if let Some(v) = self.opts.build_args.get(p) {
                        env.push(format!("{p}={v}"));
                    }
                }
                // The stages and images `from=` names: their ids key the step.
                let mut from_layers = std::collections::BTreeMap::new();
                let mut from_ids = Vec::new();
                for word in mounts.iter().filter_map(|m| m.from.as_deref()) {
                    let err = |e: anyhow::Error| {
                        self.cf
                            .error_at(inst, format!("--mount from={word}: {e:#}"))
                    };
                    let id = self.base_image(word, self.stage_of(inst)).map_err(err)?;
                    from_layers.insert(word.to_string(), self.lowers(id.as_deref())?);
                    from_ids.push(id.unwrap_or_default());
                }
                let ropts = run::RunOptions {
                    env,
                    mounts: mounts.clone(),
                    network,
                    volumes: self.opts.volumes.clone(),
                    ulimits: self.opts.ulimits.clone(),
                    secrets: self.opts.secrets.clone(),
                    context: self.opts.context.clone(),
                    from_layers,
                };
                let key_extra = format!(
                    "{argv:?}\n{:?}\n{:?}\n{:?}\n{from_ids:?}",
                    ropts.mounts, ropts.network, ropts.volumes
                );
                let created_by = match command {
                    Command::Shell(_) => argv.join(" "),
                    Command::Exec(_) => {
                        format!("/bin/sh -c #(nop) RUN {}", serde_json::to_string(&argv)?)
                    }
                };
                let display = inst.display();
                self.step(
                    state,
                    &format!("{text}\n{key_extra}"),
                    created_by,
                    Some(StepWork::Run(argv, Box::new(ropts), display)),
                    show_id,
                )
            }
            Op::Copy { .. } => self.copy(state, inst, &operation, &text, show_id),
            other => {
                let shell = state.shell.clone();
                if other == &Op::Cmd(Command::Shell(String::new())) {
                    bail!("{}", self.cf.error_at(inst, "CMD needs a command"));
                }
                config::apply(&mut state.config, other, &shell, state.cmd_set);
                if matches!(other, Op::Cmd(_)) {
                    state.cmd_set = true;
                }
                self.step(state, &text, nop, None, show_id)
            }
        }
    }

    fn copy(
        &mut self,
        state: &mut StageState,
        inst: &Instruction,
        operation: &Op,
        text: &str,
        show_id: bool,
    ) -> Result<()> {
        let Op::Copy {
            add,
            sources,
            dest,
            from,
            chown,
            chmod,
            heredocs,
            ..
        } = operation
        else {
            unreachable!()
        };
        let err = |e: anyhow::Error| self.cf.error_at(inst, format!("{e:#}"));
        let mut resolved = Vec::new();
        let mut from_id = String::new();
        let from_lowers = match from {
            Some(f) => {
                let id = self
                    .base_image(f, self.stage_of(inst))
                    .map_err(err)?
                    .context("--from=scratch has no files")
                    .map_err(err)?;
                from_id.clone_from(&id);
                Some(self.lowers(Some(&id))?)
            }
            None => None,
        };
        for s in sources {
            if let Some(name) = s.strip_prefix("<<") {
                let h = heredocs
                    .iter()
                    .find(|h| h.name == name)
                    .context("a heredoc")?;
                resolved.push(copy::Source::Heredoc {
                    name: h.name.clone(),
                    body: h.body.clone(),
                });
            } else if s.contains("://") || s.starts_with("git@") {
                return Err(crate::error::hinted(
                    self.cf.error_at(inst, format!("\"{s}\": den builds without network access to sources; remote URLs are not supported")),
                    "download the file first and COPY it from the build context",
                ));
            } else if let Some(l) = &from_lowers {
                resolved.push(copy::Source::Layers {
                    lowers: l.clone(),
                    path: s.clone(),
                });
            } else {
                let found =
                    copy::context_sources(&self.opts.context, s, &self.opts.ignore).map_err(err)?;
                for f in found {
                    match f {
                        copy::Source::Context { path, .. } if *add && is_tarball(&path) => {
                            resolved.push(copy::Source::Tarball(path));
                        }
                        other => resolved.push(other),
                    }
                }
            }
        }
        let digest = copy::digest_context(&resolved, &self.opts.ignore)?;
        let workdir = state
            .config
            .get("WorkingDir")
            .and_then(Value::as_str)
            .map(str::to_string);
        let dest_abs = if dest.starts_with('/') {
            dest.clone()
        } else {
            let joined = config::join_workdir(workdir.as_deref(), dest);
            if dest.ends_with('/') {
                format!("{joined}/")
            } else {
                joined
            }
        };
        let sources_kind = copy::summary_kind(&resolved);
        let job = copy::CopyJob {
            dest_is_dir: dest.ends_with('/') || resolved.len() > 1,
            sources: resolved,
            dest: dest_abs,
            chown: chown.clone(),
            chmod: *chmod,
            one_id: self.mapping.one_id,
            ignore: self.opts.ignore.clone(),
            upper: PathBuf::new(),
            lowers: self.lowers(state.image.as_deref())?,
            timestamp: self.opts.timestamp,
        };
        let kind = if *add { "ADD" } else { "COPY" };
        // buildah's summary: the kind of sources and a digest of what they are (a stage's
        // files are named by path, so its image id counts in), then a space.
        let summary = match from {
            Some(_) => hex::encode(Sha256::digest(format!("{digest}\n{from_id}"))),
            None => digest.clone(),
        };
        let created_by = format!("/bin/sh -c #(nop) {kind} {sources_kind}:{summary} in {dest} ");
        self.step(
            state,
            &format!("{text}\n{digest}\n{from_id}"),
            created_by,
            Some(StepWork::Copy(
                Box::new(job),
                format!("{}:{}: {}", self.cf.file, inst.line, inst.display()),
            )),
            show_id,
        )
    }

    fn stage_of(&self, inst: &Instruction) -> usize {
        self.cf
            .stages
            .iter()
            .find(|s| {
                s.from.line == inst.line || s.instructions.iter().any(|i| i.line == inst.line)
            })
            .map_or(0, |s| s.index)
    }
}
