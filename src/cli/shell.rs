//! `den shell`: a project's toolbox (den.toml) or a plain distro toolbox, entered at the same
//! working directory.

use std::path::PathBuf;

use clap::Args;

/// The den.toml manual: keys, defaults and an example (`den shell --help`, den-shell(1)).
pub const DEN_TOML_HELP: &str = "\
The den.toml file: den looks for it in the working directory, then in each parent up to /, as \
git looks for .git; one owned by another user (not root) is skipped with a warning. An \
unknown key is an error naming the file and the line. den.example.toml in den's sources \
documents every key.

image = \"debian:12\": the image (a reference, as den run takes). Or containerfile = \
\"Containerfile\" and context = \".\" (relative to the den.toml): built with den build as \
localhost/<toolbox>:latest.

name = \"work\": the toolbox's name (default den-<dirname>-<hash6>, the hash of the \
project's path).

packages = [\"git\", \"make\"]: installed once, at creation, with the image's package \
manager (apt-get, dnf, apk, pacman or zypper).

setup = [\"command\", ...]: shell commands run once at creation, as root, after the \
packages. A failing step removes the toolbox, so the next den shell starts again.

env = { EDITOR = \"vi\" }: environment inside. mounts = [\"/srv:/srv:ro\"]: more mounts, \
-v syntax. devices = [\"/dev/kvm\"]: host devices. ports: refused for now (den cannot \
publish ports yet; the toolbox has the host's network).

home = \"host\" (the default) or \"project\": a $HOME of the project's own, kept in den's \
store (toolbox-homes/<name>), mounted at your $HOME's path; --recreate and --rm keep it.

shell = \"/bin/zsh\": the shell den shell starts.

[integration]: gui (X11, Wayland), audio (PulseAudio, PipeWire), dbus (session bus), \
ssh_agent, gpg_agent, dri (/dev/dri), hosts (the host's resolv.conf, and an /etc/hosts \
that is the host's plus a line for the hostname; false: the image's own /etc/hosts): each true \
by default; false leaves that part of the host out.

Example:

  image = \"fedora:40\"
  packages = [\"gcc\", \"gdb\"]
  home = \"project\"
  [integration]
  gui = false";

#[derive(Debug, Args)]
#[command(trailing_var_arg = true, after_long_help = DEN_TOML_HELP)]
pub struct ShellArgs {
    /// Use this project: a directory with a den.toml, or the file (default: the den.toml of
    /// the working directory or its nearest parent).
    #[arg(long, value_name = "DIR|FILE", conflicts_with = "image")]
    pub project: Option<PathBuf>,

    /// A plain toolbox of this image, without a den.toml (named den-<image>, e.g.
    /// den-debian-12; the host's $HOME, every integration on).
    #[arg(long, value_name = "IMAGE")]
    pub image: Option<String>,

    /// The toolbox's container name, over den.toml's name and the default.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Remove the toolbox and make it again from den.toml (a project's own $HOME is kept).
    #[arg(long)]
    pub recreate: bool,

    /// Remove the toolbox and exit (a project's own $HOME is kept).
    #[arg(long, conflicts_with_all = ["recreate", "export", "list", "command"])]
    pub rm: bool,

    /// List den's toolboxes: name, status, image and project, and exit.
    #[arg(long, conflicts_with_all = ["recreate", "export", "command", "project", "image"])]
    pub list: bool,

    /// Write ~/.local/bin/BIN, a wrapper that runs BIN in this toolbox, and exit.
    #[arg(long, value_name = "BIN", conflicts_with = "command")]
    pub export: Option<String>,

    /// The command to run instead of the shell (after --); den exits with its status.
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}
