//! `den kube play`: Kubernetes YAML read into a plan of den objects, as podman 4.3 maps it
//! (a Pod: a den pod named metadata.name with containers `<pod>-<container>`; a Deployment:
//! its replicas as pods `<name>-pod-N`; a PersistentVolumeClaim: a named volume; ConfigMaps
//! feed env and envFrom; hostPath: a bind mount; ports with a hostPort: the pod's `-p`).
//! Pure: `commands::kube` makes what the plan says.

use std::collections::BTreeMap;

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;

use super::types::{
    Claim, ConfigMap, Container, DeploymentSpec, Object, PodSpec, TypeMeta, Volume,
};

/// One document of a file, by kind.
#[derive(Debug, Clone)]
pub enum Doc {
    Pod(Object<PodSpec>),
    Deployment(Object<DeploymentSpec>),
    Claim(Claim),
    ConfigMap(ConfigMap),
}

/// The kinds den plays.
const KINDS: &str = "Pod, Deployment, PersistentVolumeClaim and ConfigMap";

/// The documents of a (multi-document) YAML text; empty documents are skipped.
pub fn parse(text: &str) -> Result<Vec<Doc>> {
    let mut docs = Vec::new();
    for (i, de) in serde_yaml_ng::Deserializer::from_str(text).enumerate() {
        let n = i + 1;
        let value = serde_yaml_ng::Value::deserialize(de)
            .with_context(|| format!("reading YAML document {n}"))?;
        if value.is_null() {
            continue;
        }
        let meta: TypeMeta = serde_yaml_ng::from_value(value.clone())
            .with_context(|| format!("reading the kind of YAML document {n}"))?;
        let what = |kind: &str| format!("reading YAML document {n} ({kind})");
        let doc = match meta.kind.as_str() {
            "Pod" => Doc::Pod(serde_yaml_ng::from_value(value).with_context(|| what("Pod"))?),
            "Deployment" => Doc::Deployment(
                serde_yaml_ng::from_value(value).with_context(|| what("Deployment"))?,
            ),
            "PersistentVolumeClaim" => Doc::Claim(
                serde_yaml_ng::from_value(value).with_context(|| what("PersistentVolumeClaim"))?,
            ),
            "ConfigMap" => {
                Doc::ConfigMap(serde_yaml_ng::from_value(value).with_context(|| what("ConfigMap"))?)
            }
            "" => bail!("YAML document {n} has no kind: den plays {KINDS}"),
            other => bail!(
                "YAML document {n} is of kind \"{other}\", which den cannot play: it plays {KINDS}"
            ),
        };
        docs.push(doc);
    }
    if docs.is_empty() {
        bail!("YAML document does not contain any supported kube kind");
    }
    Ok(docs)
}

/// ConfigMaps of a `--configmap` file (other kinds there are refused).
pub fn configmaps(text: &str) -> Result<Vec<ConfigMap>> {
    parse(text)?
        .into_iter()
        .map(|d| match d {
            Doc::ConfigMap(c) => Ok(c),
            _ => Err(anyhow!("a --configmap file holds ConfigMap documents only")),
        })
        .collect()
}

/// A pod to make.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PodPlan {
    pub name: String,
    pub hostname: Option<String>,
    /// `KEY=VALUE`, the pod's labels.
    pub labels: Vec<String>,
    /// `-p` specs of the pod.
    pub publish: Vec<String>,
    pub containers: Vec<CtrPlan>,
}

/// A container to make in its pod.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CtrPlan {
    pub name: String,
    pub image: String,
    /// `--entrypoint` as a JSON array (Kubernetes' `command`).
    pub entrypoint: Option<String>,
    /// The command after the image (Kubernetes' `args`).
    pub args: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    /// `-v` specs.
    pub volumes: Vec<String>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub read_only: bool,
    pub user: Option<String>,
    /// den's `--restart` word.
    pub restart: String,
    /// den's `--pull` word.
    pub pull: String,
    pub memory: Option<String>,
    pub cpus: Option<String>,
    pub tty: bool,
}

/// Everything a file asks for.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlayPlan {
    /// Named volumes (PersistentVolumeClaims) to create first.
    pub volumes: Vec<String>,
    /// hostPath directories (`DirectoryOrCreate`) to create.
    pub host_dirs: Vec<String>,
    pub pods: Vec<PodPlan>,
}

/// The names of the pods a file makes (what `kube down` removes).
pub fn pod_names(docs: &[Doc]) -> Vec<String> {
    let mut out = Vec::new();
    for d in docs {
        match d {
            Doc::Pod(p) => out.push(p.metadata.name.clone()),
            Doc::Deployment(dep) => {
                for i in 0..dep.spec.replicas.unwrap_or(1) {
                    out.push(format!("{}-pod-{i}", dep.metadata.name));
                }
            }
            _ => {}
        }
    }
    out
}

/// The plan of `docs`, with the ConfigMaps of the file and of `--configmap` files.
pub fn plan(docs: &[Doc], extra: &[ConfigMap]) -> Result<PlayPlan> {
    let mut maps: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for c in extra.iter().chain(docs.iter().filter_map(|d| match d {
        Doc::ConfigMap(c) => Some(c),
        _ => None,
    })) {
        maps.insert(c.metadata.name.clone(), c.data.clone());
    }
    let mut out = PlayPlan::default();
    for d in docs {
        match d {
            Doc::Claim(c) => out.volumes.push(c.metadata.name.clone()),
            Doc::Pod(p) => {
                let pod = pod_plan(
                    &p.metadata.name,
                    &p.metadata.labels,
                    &p.spec,
                    &maps,
                    &mut out.host_dirs,
                )?;
                out.pods.push(pod);
            }
            Doc::Deployment(dep) => {
                let labels = if dep.spec.template.metadata.labels.is_empty() {
                    &dep.metadata.labels
                } else {
                    &dep.spec.template.metadata.labels
                };
                for i in 0..dep.spec.replicas.unwrap_or(1) {
                    let name = format!("{}-pod-{i}", dep.metadata.name);
                    out.pods.push(pod_plan(
                        &name,
                        labels,
                        &dep.spec.template.spec,
                        &maps,
                        &mut out.host_dirs,
                    )?);
                }
            }
            Doc::ConfigMap(_) => {}
        }
    }
    Ok(out)
}

fn pod_plan(
    name: &str,
    labels: &BTreeMap<String, String>,
    spec: &PodSpec,
    maps: &BTreeMap<String, BTreeMap<String, String>>,
    host_dirs: &mut Vec<String>,
) -> Result<PodPlan> {
    if name.is_empty() {
        bail!("a Pod without metadata.name: give it a name");
    }
    if !spec.init_containers.is_empty() {
        bail!("pod \"{name}\": den kube play does not run initContainers");
    }
    if spec.containers.is_empty() {
        bail!("pod \"{name}\" has no containers");
    }
    let restart = match spec.restart_policy.as_deref() {
        None | Some("Always") => "always",
        Some("OnFailure") => "on-failure",
        Some("Never") => "no",
        Some(other) => bail!(
            "pod \"{name}\": invalid restartPolicy \"{other}\": use Always, OnFailure or Never"
        ),
    };
    let mut publish = Vec::new();
    let mut containers = Vec::new();
    for c in &spec.containers {
        let what = format!("container \"{}\" of pod \"{name}\"", c.name);
        if c.name.is_empty() || c.image.is_empty() {
            bail!("a container of pod \"{name}\" lacks a name or an image");
        }
        for p in &c.ports {
            let Some(host_port) = p.host_port.filter(|h| *h != 0) else {
                continue;
            };
            let proto = p.protocol.as_deref().unwrap_or("TCP").to_ascii_lowercase();
            let ip = p
                .host_ip
                .as_deref()
                .filter(|i| !i.is_empty())
                .map(|i| format!("{i}:"))
                .unwrap_or_default();
            publish.push(format!("{ip}{host_port}:{}/{proto}", p.container_port));
        }
        let mut ctr = container_plan(c, spec, maps, host_dirs).with_context(|| what.clone())?;
        ctr.name = format!("{name}-{}", c.name);
        ctr.restart = restart.into();
        containers.push(ctr);
    }
    Ok(PodPlan {
        name: name.into(),
        hostname: spec.hostname.clone(),
        labels: labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        publish,
        containers,
    })
}

fn container_plan(
    c: &Container,
    spec: &PodSpec,
    maps: &BTreeMap<String, BTreeMap<String, String>>,
    host_dirs: &mut Vec<String>,
) -> Result<CtrPlan> {
    let mut env = Vec::new();
    for from in &c.env_from {
        if from.secret_ref.is_some() {
            bail!("envFrom secretRef: den kube play does not read Kubernetes secrets");
        }
        if let Some(r) = &from.config_map_ref {
            match maps.get(&r.name) {
                Some(data) => {
                    let prefix = from.prefix.as_deref().unwrap_or("");
                    env.extend(data.iter().map(|(k, v)| format!("{prefix}{k}={v}")));
                }
                None if r.optional == Some(true) => {}
                None => bail!(
                    "configmap \"{}\" not found: give it in the file or with --configmap",
                    r.name
                ),
            }
        }
    }
    for e in &c.env {
        if let Some(v) = &e.value {
            env.push(format!("{}={v}", e.name));
            continue;
        }
        let Some(from) = &e.value_from else {
            env.push(format!("{}=", e.name));
            continue;
        };
        let Some(r) = &from.config_map_key_ref else {
            bail!(
                "env \"{}\": den kube play reads values from configMapKeyRef only",
                e.name
            );
        };
        match maps.get(&r.name).and_then(|d| d.get(&r.key)) {
            Some(v) => env.push(format!("{}={v}", e.name)),
            None if r.optional == Some(true) => {}
            None => bail!(
                "env \"{}\": key \"{}\" of configmap \"{}\" not found",
                e.name,
                r.key,
                r.name
            ),
        }
    }
    let mut volumes = Vec::new();
    for m in &c.volume_mounts {
        if m.sub_path.is_some() {
            bail!(
                "volumeMount \"{}\": den kube play does not take subPath",
                m.name
            );
        }
        let v: &Volume = spec
            .volumes
            .iter()
            .find(|v| v.name == m.name)
            .ok_or_else(|| anyhow!("volumeMount \"{}\" names no volume of the pod", m.name))?;
        let ro = if m.read_only { ":ro" } else { "" };
        if let Some(h) = &v.host_path {
            if matches!(h.kind.as_deref(), Some("DirectoryOrCreate"))
                && !host_dirs.contains(&h.path)
            {
                host_dirs.push(h.path.clone());
            }
            volumes.push(format!("{}:{}{ro}", h.path, m.mount_path));
        } else if let Some(claim) = &v.persistent_volume_claim {
            let ro = if m.read_only || claim.read_only == Some(true) {
                ":ro"
            } else {
                ""
            };
            volumes.push(format!("{}:{}{ro}", claim.claim_name, m.mount_path));
        } else {
            bail!(
                "volume \"{}\": den kube play maps hostPath and persistentVolumeClaim volumes only",
                v.name
            );
        }
    }
    let sc = c.security_context.clone().unwrap_or_default();
    let caps = sc.capabilities.clone().unwrap_or_default();
    let user = match (sc.run_as_user, sc.run_as_group) {
        (Some(u), Some(g)) => Some(format!("{u}:{g}")),
        (Some(u), None) => Some(u.to_string()),
        (None, Some(g)) => Some(format!("0:{g}")),
        (None, None) => None,
    };
    let pull = match c.image_pull_policy.as_deref() {
        None | Some("IfNotPresent") => "missing",
        Some("Always") => "always",
        Some("Never") => "never",
        Some(other) => {
            bail!("invalid imagePullPolicy \"{other}\": use Always, IfNotPresent or Never")
        }
    };
    let limits = c.resources.as_ref().map(|r| &r.limits);
    let memory = limits
        .and_then(|l| l.get("memory"))
        .map(|q| memory_quantity(&q.text()))
        .transpose()?;
    let cpus = limits
        .and_then(|l| l.get("cpu"))
        .map(|q| cpu_quantity(&q.text()))
        .transpose()?;
    Ok(CtrPlan {
        name: c.name.clone(),
        image: c.image.clone(),
        entrypoint: (!c.command.is_empty())
            .then(|| serde_json::to_string(&c.command).unwrap_or_default()),
        args: c.args.clone(),
        env,
        workdir: c.working_dir.clone(),
        volumes,
        cap_add: caps.add,
        cap_drop: caps.drop,
        privileged: sc.privileged == Some(true),
        read_only: sc.read_only_root_filesystem == Some(true),
        user,
        restart: String::new(),
        pull: pull.into(),
        memory,
        cpus,
        tty: c.tty,
    })
}

/// A Kubernetes memory quantity (`512Mi`, `1G`, `1048576`) as bytes for `--memory`.
pub fn memory_quantity(q: &str) -> Result<String> {
    let units: [(&str, u64); 12] = [
        ("Ki", 1 << 10),
        ("Mi", 1 << 20),
        ("Gi", 1 << 30),
        ("Ti", 1 << 40),
        ("Pi", 1 << 50),
        ("Ei", 1 << 60),
        ("k", 1_000),
        ("M", 1_000_000),
        ("G", 1_000_000_000),
        ("T", 1_000_000_000_000),
        ("P", 1_000_000_000_000_000),
        ("E", 1_000_000_000_000_000_000),
    ];
    let bad =
        || anyhow!("invalid memory quantity \"{q}\": use e.g. 512Mi, 1Gi or a number of bytes");
    let (number, factor) = units
        .iter()
        .find_map(|(s, f)| q.strip_suffix(s).map(|n| (n, *f)))
        .unwrap_or((q, 1));
    let n: f64 = number.parse().map_err(|_| bad())?;
    if !n.is_finite() || n < 0.0 {
        return Err(bad());
    }
    #[allow(clippy::cast_precision_loss)] // quantities far below 2^52 bytes are exact
    let bytes = (n * factor as f64) as u64;
    Ok(bytes.to_string())
}

/// A Kubernetes cpu quantity (`500m`, `1.5`, `2`) as `--cpus`.
pub fn cpu_quantity(q: &str) -> Result<String> {
    let bad = || anyhow!("invalid cpu quantity \"{q}\": use e.g. 500m or 1.5");
    let cpus = match q.strip_suffix('m') {
        Some(milli) => milli.parse::<f64>().map_err(|_| bad())? / 1000.0,
        None => q.parse::<f64>().map_err(|_| bad())?,
    };
    if !cpus.is_finite() || cpus <= 0.0 {
        return Err(bad());
    }
    Ok(format!("{cpus}"))
}
