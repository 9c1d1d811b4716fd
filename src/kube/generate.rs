//! `den generate kube`: den's containers and pods as Kubernetes YAML, as podman 4.3 writes it
//! (its header, annotations, `<name>-pod` for containers, capabilities relative to podman's
//! old default set, hostPath and persistentVolumeClaim volumes, a NodePort Service with
//! `--service`). Pure: the command gathers the facts (`CtrFacts`, `PodFacts`) from the store.

use std::collections::BTreeMap;

use anyhow::Result;

use super::types::{
    Capabilities, ClaimRef, Container, ContainerPort, EnvVar, HostPath, Object, ObjectMeta,
    PodSpec, Quantity, Resources, SecurityContext, ServicePort, ServiceSpec, Volume, VolumeMount,
};

/// The capabilities podman's generate kube measures `add` and `drop` against (its default set
/// before 4.0, which still had MKNOD, NET_RAW and AUDIT_WRITE), in the order it lists them.
const KUBE_BASE_CAPS: [&str; 14] = [
    "CAP_CHOWN",
    "CAP_DAC_OVERRIDE",
    "CAP_FOWNER",
    "CAP_FSETID",
    "CAP_KILL",
    "CAP_NET_BIND_SERVICE",
    "CAP_SETFCAP",
    "CAP_SETGID",
    "CAP_SETPCAP",
    "CAP_SETUID",
    "CAP_SYS_CHROOT",
    "CAP_MKNOD",
    "CAP_NET_RAW",
    "CAP_AUDIT_WRITE",
];

/// Variables every container has that podman leaves out of the YAML.
const DEFAULT_ENV: [&str; 4] = ["PATH", "TERM", "HOSTNAME", "container"];

/// One mount of a container as the YAML shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KubeMount {
    /// A host path: a `hostPath` volume (`Directory` or `File`).
    Bind {
        source: String,
        target: String,
        read_only: bool,
        is_dir: bool,
    },
    /// A named volume: a `persistentVolumeClaim` of that name.
    Named {
        name: String,
        target: String,
        read_only: bool,
    },
}

/// What the YAML says of one container.
#[derive(Debug, Clone, Default)]
pub struct CtrFacts {
    pub name: String,
    pub image: String,
    pub argv: Vec<String>,
    /// The image's entrypoint and Cmd: an argv equal to them is left out, as podman.
    pub image_argv: Vec<String>,
    pub env: Vec<String>,
    pub image_env: Vec<String>,
    pub workdir: String,
    pub image_workdir: String,
    pub ports: Vec<crate::network::ports::PortMapping>,
    pub mounts: Vec<KubeMount>,
    pub capabilities: Vec<String>,
    pub privileged: bool,
    pub read_only: bool,
    /// `--user` as given (`uid[:gid]` becomes runAsUser/runAsGroup).
    pub user: String,
    /// The image's user: a container that runs as it (or as root by default) has no
    /// runAsUser, as podman's.
    pub image_user: String,
    pub restart: crate::plan::RestartName,
    pub tty: bool,
    pub remove: bool,
    pub memory: i64,
    pub nano_cpus: i64,
}

/// The pod the YAML describes: a den pod's, or one made up for bare containers.
#[derive(Debug, Clone, Default)]
pub struct PodFacts {
    pub name: String,
    /// The den pod's id (podman's SandboxID annotation); `None` for bare containers.
    pub id: Option<String>,
    pub hostname: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// RFC 3339, UTC.
    pub created: String,
}

/// The header podman writes above the documents.
fn header(version: &str, volumes: bool) -> String {
    let mut s = format!(
        "# Save the output of this file and use kubectl create -f to import\n\
         # it into Kubernetes.\n#\n# Created with den-{version}\n"
    );
    if volumes {
        s.push_str(
            "\n# NOTE: If you generated this yaml from an unprivileged and rootless den container on an SELinux\n\
             # enabled system, check the den generate kube man page for steps to follow to ensure that your pod/container\n\
             # has the right permissions to access the volumes added.\n---\n",
        );
    }
    s
}

/// The YAML of `pod` with `ctrs`, and a Service before it when `service` (its node ports
/// drawn from `node_port`).
/// `deployment`: a Deployment of that many replicas instead of the Pod.
pub fn generate(
    version: &str,
    pod: &PodFacts,
    ctrs: &[CtrFacts],
    service: bool,
    deployment: Option<u32>,
    node_port: &mut dyn FnMut() -> u16,
) -> Result<String> {
    let pod_object = pod_object(pod, ctrs);
    let mut docs = Vec::new();
    if service {
        docs.push(serde_yaml_ng::to_string(&service_object(
            pod, ctrs, node_port,
        ))?);
    }
    match deployment {
        Some(replicas) => docs.push(serde_yaml_ng::to_string(&deployment_object(
            &pod_object,
            replicas,
        ))?),
        None => docs.push(serde_yaml_ng::to_string(&pod_object)?),
    }
    let volumes = !pod_object.spec.volumes.is_empty();
    let body: String = docs.join("---\n").lines().map(go_quoting).collect();
    Ok(format!("{}{body}\n", header(version, volumes)))
}

/// One line of YAML with podman's (Go's) quoting: double quotes where serde's emitter uses
/// single ones, and a quoted creationTimestamp (a YAML 1.1 reader would take it for a
/// timestamp, and Kubernetes' schema wants a string).
fn go_quoting(line: &str) -> String {
    let indent = &line[..line.len() - line.trim_start().len()];
    if let Some(time) = line.trim_start().strip_prefix("creationTimestamp: ")
        && !time.starts_with(['\'', '"'])
    {
        return format!("{indent}creationTimestamp: \"{time}\"\n");
    }
    if let Some(start) = line.find(['\'']) {
        let (head, quoted) = line.split_at(start);
        let head_ok = head.ends_with(": ") || head.trim_start() == "- ";
        if head_ok && quoted.len() >= 2 && quoted.ends_with('\'') {
            let inner = &quoted[1..quoted.len() - 1];
            if !inner.contains(['\'', '"', '\\']) {
                return format!("{head}\"{inner}\"\n");
            }
        }
    }
    format!("{line}\n")
}

fn app_labels(pod: &PodFacts) -> BTreeMap<String, String> {
    let mut labels = pod.labels.clone();
    labels.insert("app".into(), pod.name.clone());
    labels
}

fn pod_object(pod: &PodFacts, ctrs: &[CtrFacts]) -> Object<PodSpec> {
    let mut annotations = BTreeMap::new();
    let mut volumes: Vec<Volume> = Vec::new();
    let mut containers = Vec::new();
    for c in ctrs {
        let flag = |b: bool| if b { "TRUE" } else { "FALSE" }.to_string();
        if let Some(id) = &pod.id {
            annotations.insert(
                format!("io.kubernetes.cri-o.ContainerType/{}", c.name),
                "container".into(),
            );
            // Kubernetes allows annotation values of 63 characters here (podman truncates).
            annotations.insert(
                format!("io.kubernetes.cri-o.SandboxID/{}", c.name),
                id.chars().take(63).collect(),
            );
        }
        annotations.insert(
            format!("io.kubernetes.cri-o.TTY/{}", c.name),
            c.tty.to_string(),
        );
        annotations.insert(
            format!("io.podman.annotations.autoremove/{}", c.name),
            flag(c.remove),
        );
        annotations.insert(
            format!("io.podman.annotations.init/{}", c.name),
            flag(false),
        );
        annotations.insert(
            format!("io.podman.annotations.privileged/{}", c.name),
            flag(c.privileged),
        );
        annotations.insert(
            format!("io.podman.annotations.publish-all/{}", c.name),
            flag(false),
        );
        containers.push(container(c, pod.id.is_some(), &mut volumes));
    }
    // podman writes a policy for a pod's members only (Never when they have none).
    let restart_policy = pod.id.as_ref().map(|_| {
        restart_policy(
            ctrs.first()
                .map_or(crate::plan::RestartName::No, |c| c.restart),
        )
    });
    Object {
        api_version: "v1".into(),
        kind: "Pod".into(),
        metadata: ObjectMeta {
            annotations,
            creation_timestamp: Some(pod.created.clone()),
            labels: app_labels(pod),
            name: pod.name.clone(),
        },
        spec: PodSpec {
            automount_service_account_token: Some(false),
            containers,
            enable_service_links: Some(false),
            hostname: pod.hostname.clone(),
            init_containers: Vec::new(),
            restart_policy,
            volumes,
        },
        status: pod.id.as_ref().map(|_| BTreeMap::new()),
    }
}

/// The Deployment whose template is `pod` (its labels select it), named `<pod>-deployment`.
/// A Deployment's pods restart always: the template has no other policy.
fn deployment_object(pod: &Object<PodSpec>, replicas: u32) -> Object<super::types::DeploymentSpec> {
    let mut spec = pod.spec.clone();
    spec.restart_policy = None;
    let labels = pod.metadata.labels.clone();
    let selector: BTreeMap<String, BTreeMap<String, String>> =
        BTreeMap::from([("matchLabels".to_string(), labels.clone())]);
    Object {
        api_version: "apps/v1".into(),
        kind: "Deployment".into(),
        metadata: ObjectMeta {
            annotations: BTreeMap::new(),
            creation_timestamp: pod.metadata.creation_timestamp.clone(),
            labels: labels.clone(),
            name: format!("{}-deployment", pod.metadata.name),
        },
        spec: super::types::DeploymentSpec {
            replicas: Some(replicas),
            selector: serde_yaml_ng::to_value(selector).ok(),
            template: super::types::PodTemplate {
                metadata: ObjectMeta {
                    annotations: pod.metadata.annotations.clone(),
                    creation_timestamp: pod.metadata.creation_timestamp.clone(),
                    labels,
                    name: pod.metadata.name.clone(),
                },
                spec,
            },
        },
        status: Some(BTreeMap::new()),
    }
}

/// Kubernetes' word for a den restart policy.
fn restart_policy(r: crate::plan::RestartName) -> String {
    use crate::plan::RestartName;
    match r {
        RestartName::No => "Never",
        RestartName::OnFailure => "OnFailure",
        RestartName::Always | RestartName::UnlessStopped => "Always",
    }
    .into()
}

fn container(c: &CtrFacts, in_pod: bool, volumes: &mut Vec<Volume>) -> Container {
    let env = c
        .env
        .iter()
        .filter(|e| !c.image_env.contains(e))
        .filter_map(|e| {
            let (k, v) = e.split_once('=').unwrap_or((e, ""));
            (!DEFAULT_ENV.contains(&k)).then(|| EnvVar {
                name: k.into(),
                value: Some(v.into()),
                value_from: None,
            })
        })
        .collect();
    let ports = c
        .ports
        .iter()
        .map(|p| ContainerPort {
            container_port: p.container_port,
            host_ip: (!p.host_ip.is_empty()).then(|| p.host_ip.clone()),
            host_port: Some(p.host_port),
            name: None,
            protocol: (p.protocol.to_string() != "tcp")
                .then(|| p.protocol.to_string().to_uppercase()),
        })
        .collect();
    let mut mounts = Vec::new();
    let mut host_index = 0;
    let binds = c
        .mounts
        .iter()
        .filter(|m| matches!(m, KubeMount::Bind { .. }));
    let named = c
        .mounts
        .iter()
        .filter(|m| matches!(m, KubeMount::Named { .. }));
    for m in binds.chain(named) {
        let (name, target, read_only, volume) = match m {
            KubeMount::Bind {
                source,
                target,
                read_only,
                is_dir,
            } => {
                let name = format!("{}-host-{host_index}", volume_name(source));
                host_index += 1;
                let volume = Volume {
                    host_path: Some(HostPath {
                        path: source.clone(),
                        kind: Some(if *is_dir { "Directory" } else { "File" }.into()),
                    }),
                    name: name.clone(),
                    ..Volume::default()
                };
                (name, target, *read_only, volume)
            }
            KubeMount::Named {
                name: vol,
                target,
                read_only,
            } => {
                let name = format!("{}-pvc", volume_name(vol));
                let volume = Volume {
                    name: name.clone(),
                    persistent_volume_claim: Some(ClaimRef {
                        claim_name: vol.clone(),
                        read_only: None,
                    }),
                    ..Volume::default()
                };
                (name, target, *read_only, volume)
            }
        };
        mounts.push(VolumeMount {
            mount_path: target.clone(),
            name: name.clone(),
            read_only,
            sub_path: None,
        });
        if !volumes.iter().any(|v| v.name == name) {
            volumes.push(volume);
        }
    }
    let mut limits = BTreeMap::new();
    if c.memory > 0 {
        limits.insert("memory".to_string(), Quantity::Int(c.memory));
    }
    if c.nano_cpus > 0 {
        limits.insert(
            "cpu".to_string(),
            Quantity::Text(format!("{}m", c.nano_cpus / 1_000_000)),
        );
    }
    let resources = if limits.is_empty() {
        // podman writes `resources: {}` for a pod's members.
        in_pod.then(Resources::default)
    } else {
        Some(Resources {
            limits,
            requests: BTreeMap::new(),
        })
    };
    Container {
        args: Vec::new(),
        command: if c.argv == c.image_argv {
            Vec::new()
        } else {
            c.argv.clone()
        },
        env,
        env_from: Vec::new(),
        image: c.image.clone(),
        image_pull_policy: None,
        name: c.name.clone(),
        ports,
        resources,
        security_context: Some(security_context(c)),
        stdin: false,
        tty: c.tty,
        volume_mounts: mounts,
        working_dir: (c.workdir != c.image_workdir && !c.workdir.is_empty() && c.workdir != "/")
            .then(|| c.workdir.clone()),
    }
}

fn security_context(c: &CtrFacts) -> SecurityContext {
    let mut sc = SecurityContext::default();
    if c.privileged {
        sc.privileged = Some(true);
    } else {
        let add: Vec<String> = c
            .capabilities
            .iter()
            .filter(|cap| !KUBE_BASE_CAPS.contains(&cap.as_str()))
            .cloned()
            .collect();
        let drop: Vec<String> = KUBE_BASE_CAPS
            .iter()
            .filter(|base| !c.capabilities.iter().any(|cap| cap == *base))
            .map(|s| (*s).to_string())
            .collect();
        if !add.is_empty() || !drop.is_empty() {
            sc.capabilities = Some(Capabilities { add, drop });
        }
    }
    if c.read_only {
        sc.read_only_root_filesystem = Some(true);
    }
    let default_user = c.user == c.image_user
        || (c.image_user.is_empty() && matches!(c.user.as_str(), "" | "0" | "root"));
    let user_text = if default_user { "" } else { c.user.as_str() };
    let (user, group) = user_text.split_once(':').unwrap_or((user_text, ""));
    sc.run_as_user = user.parse().ok();
    sc.run_as_group = group.parse().ok();
    sc
}

/// A DNS-1123 label of `text` (podman: the path's slashes as dashes; `/` is `root`): lowercase letters, digits and `-`, at most 50 characters
/// (room for podman's `-host-N` and `-pvc` suffixes within 63).
fn volume_name(text: &str) -> String {
    let mut out = String::new();
    for ch in text.chars() {
        let ch = ch.to_ascii_lowercase();
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out: String = out.chars().take(50).collect();
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() { "root".into() } else { out }
}

fn service_object(
    pod: &PodFacts,
    ctrs: &[CtrFacts],
    node_port: &mut dyn FnMut() -> u16,
) -> Object<ServiceSpec> {
    let ports = ctrs
        .iter()
        .flat_map(|c| &c.ports)
        .map(|p| ServicePort {
            name: p.container_port.to_string(),
            node_port: node_port(),
            port: p.container_port,
            protocol: (p.protocol.to_string() != "tcp")
                .then(|| p.protocol.to_string().to_uppercase()),
            target_port: p.container_port,
        })
        .collect();
    Object {
        api_version: "v1".into(),
        kind: "Service".into(),
        metadata: ObjectMeta {
            annotations: BTreeMap::new(),
            creation_timestamp: Some(pod.created.clone()),
            labels: app_labels(pod),
            name: pod.name.clone(),
        },
        spec: ServiceSpec {
            ports,
            selector: BTreeMap::from([("app".to_string(), pod.name.clone())]),
            kind: "NodePort".into(),
        },
        status: None,
    }
}
