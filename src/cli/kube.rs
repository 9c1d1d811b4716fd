//! `den generate kube`, `den kube play|down|generate` and `den play kube`: Kubernetes YAML
//! from den's containers and pods, and pods made from Kubernetes YAML (podman 4.3's).

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(subcommand)]
    pub command: GenerateCommand,
}

#[derive(Debug, Subcommand)]
pub enum GenerateCommand {
    /// Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod.
    Kube(GenerateKubeArgs),
}

#[derive(Debug, Args)]
pub struct KubeArgs {
    #[command(subcommand)]
    pub command: KubeCommand,
}

#[derive(Debug, Subcommand)]
pub enum KubeCommand {
    /// Make and start the pods and volumes of a Kubernetes YAML file.
    Play(KubePlayArgs),
    /// Stop and remove the pods a Kubernetes YAML file made.
    Down(KubeDownArgs),
    /// Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod.
    Generate(GenerateKubeArgs),
}

#[derive(Debug, Args)]
pub struct PlayArgs {
    #[command(subcommand)]
    pub command: PlayCommand,
}

#[derive(Debug, Subcommand)]
pub enum PlayCommand {
    /// Make and start the pods and volumes of a Kubernetes YAML file.
    Kube(KubePlayArgs),
}

#[derive(Debug, Args)]
pub struct GenerateKubeArgs {
    /// Write the YAML to FILE instead of standard output.
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filename: Option<PathBuf>,

    /// Add a Service (type NodePort) for the published ports.
    #[arg(short, long)]
    pub service: bool,

    /// The kind to write: pod, or deployment (an apps/v1 Deployment whose template is the
    /// pod, as later podman writes it).
    #[arg(short = 't', long = "type", value_name = "KIND", default_value = "pod", value_parser = ["pod", "deployment"])]
    pub kind: String,

    /// With --type deployment: the Deployment's replicas.
    #[arg(short, long, value_name = "N", default_value_t = 1)]
    pub replicas: u32,

    /// Containers (one Pod of them all) or a pod, by name or id.
    #[arg(value_name = "CONTAINER|POD", required = true)]
    pub names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct KubePlayArgs {
    /// A file of ConfigMap documents for env and envFrom (repeatable).
    #[arg(long, value_name = "FILE")]
    pub configmap: Vec<PathBuf>,

    /// Remove the pods of the file first (as kube down), then make them anew.
    #[arg(long)]
    pub replace: bool,

    /// Start the pods after making them (false: create only).
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub start: bool,

    /// Print no pull progress.
    #[arg(short, long)]
    pub quiet: bool,

    /// The pods' network mode, as `den pod create --network`.
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Option<String>,

    /// The YAML file, or - for standard input.
    #[arg(value_name = "KUBEFILE|-")]
    pub file: String,
}

#[derive(Debug, Args)]
pub struct KubeDownArgs {
    /// The YAML file, or - for standard input.
    #[arg(value_name = "KUBEFILE|-")]
    pub file: String,
}
