# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_den_global_optspecs
    string join \n root= runroot= log-level= h/help V/version
end

function __fish_den_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_den_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_den_using_subcommand
    set -l cmd (__fish_den_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c den -n "__fish_den_needs_command" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_needs_command" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_needs_command" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_needs_command" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_needs_command" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_needs_command" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_needs_command" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_needs_command" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "image-ls" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_needs_command" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_needs_command" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_needs_command" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_needs_command" -f -a "diff" -d 'Show the files a container added (A), changed (C) and deleted (D) against its image'
complete -c den -n "__fish_den_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c den -n "__fish_den_needs_command" -f -a "export" -d 'Export a container\'s root filesystem as a tarball'
complete -c den -n "__fish_den_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c den -n "__fish_den_needs_command" -f -a "save" -d 'Save images to a docker-archive or OCI archive, or into an OCI layout directory'
complete -c den -n "__fish_den_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c den -n "__fish_den_needs_command" -f -a "untag" -d 'Remove names from an image (all of them when none are given)'
complete -c den -n "__fish_den_needs_command" -f -a "inspect" -d 'Show the details of images as JSON, or fields of them through a template'
complete -c den -n "__fish_den_needs_command" -f -a "history" -d 'Show the history of an image: the steps that made it, newest first'
complete -c den -n "__fish_den_needs_command" -f -a "image" -d 'Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists'
complete -c den -n "__fish_den_needs_command" -f -a "system" -d 'Manage den\'s store: df'
complete -c den -n "__fish_den_needs_command" -f -a "create" -d 'Create a container without starting it (same flags as `run`)'
complete -c den -n "__fish_den_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "stop" -d 'Stop one or more running containers: SIGTERM, then SIGKILL after a timeout'
complete -c den -n "__fish_den_needs_command" -f -a "kill" -d 'Send a signal to one or more running containers'
complete -c den -n "__fish_den_needs_command" -f -a "restart" -d 'Stop and start one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "ps" -d 'List containers'
complete -c den -n "__fish_den_needs_command" -f -a "list" -d 'List containers'
complete -c den -n "__fish_den_needs_command" -f -a "logs" -d 'Show the output of a container'
complete -c den -n "__fish_den_needs_command" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c den -n "__fish_den_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c den -n "__fish_den_needs_command" -f -a "rename" -d 'Rename a container'
complete -c den -n "__fish_den_needs_command" -f -a "top" -d 'Show the processes of a running container'
complete -c den -n "__fish_den_needs_command" -f -a "attach" -d 'Attach to a running container\'s terminal, or its input and output, until it exits'
complete -c den -n "__fish_den_needs_command" -f -a "container" -d 'Manage containers'
complete -c den -n "__fish_den_needs_command" -f -a "events" -d 'Show the events of containers and images: what is recorded, then new ones as they happen (--stream=false: only what is recorded)'
complete -c den -n "__fish_den_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand run" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand run" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand run" -s v -l volume -d 'Mount a host path or a named volume: SRC:DEST[:OPTIONS] (options: ro, rw)' -r
complete -c den -n "__fish_den_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand run" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand run" -l network -l net -d 'Network mode: host (share the host\'s network; the default, unless run.network in config.toml says otherwise) or none (loopback only)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand run" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand run" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand run" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand run" -l init -d 'Run den\'s init as PID 1 (always on: it reaps zombies and forwards signals)'
complete -c den -n "__fish_den_using_subcommand run" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand run" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand load" -s i -l input -d 'Read from a tarball (docker-archive or OCI archive) or an OCI layout directory instead of standard input' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand load" -s q -l quiet -d 'Print only the image names'
complete -c den -n "__fish_den_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand load" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand import" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand import" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand import" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand pull" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand pull" -l platform -d 'Platform to choose from a multi-platform image: OS/ARCH[/VARIANT] (default: this machine\'s)' -r
complete -c den -n "__fish_den_using_subcommand pull" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pull" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand push" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand push" -s q -l quiet -d 'Print nothing but errors'
complete -c den -n "__fish_den_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand push" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand login" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand login" -s u -l username -d 'User name' -r
complete -c den -n "__fish_den_using_subcommand login" -s p -l password -d 'Password (prefer --password-stdin: a password on the command line shows in ps)' -r
complete -c den -n "__fish_den_using_subcommand login" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c den -n "__fish_den_using_subcommand login" -l get-login -d 'Check whether credentials for the registry are stored, without logging in'
complete -c den -n "__fish_den_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand login" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand logout" -l authfile -d 'Credentials file to edit' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c den -n "__fish_den_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand logout" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand images" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand images" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand images" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand images" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand images" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand images" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image-ls" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand image-ls" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image-ls" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand rmi" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand rmi" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rmi" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand info" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand info" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand info" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand doctor" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand unshare" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand unshare" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand diff" -l format -d 'Output format: `json` prints {"changed": [...], "added": [...], "deleted": [...]}' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand diff" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand diff" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand commit" -s a -l author -d 'Author recorded in the image config and history' -r
complete -c den -n "__fish_den_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand commit" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand commit" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand commit" -s q -l quiet -d 'Print only the image id (den prints nothing else anyway)'
complete -c den -n "__fish_den_using_subcommand commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand commit" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand export" -s o -l output -d 'Write to FILE instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand export" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand cp" -s a -l archive -d 'Archive mode (podman\'s, default true): files copied into a container belong to its primary user and group; -a=false keeps the ids of the source' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand cp" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round'
complete -c den -n "__fish_den_using_subcommand cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand cp" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand save" -s o -l output -d 'Write to this file (a directory for oci-dir) instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l format -d 'Archive format' -r -f -a "docker-archive\t'The format of `docker save` and `podman save`: uncompressed layers, manifest.json'
oci-archive\t'An OCI image layout in a tarball; layers as the store keeps them (usually compressed)'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c den -n "__fish_den_using_subcommand save" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: den always saves every IMAGE given (as docker does), into one archive'
complete -c den -n "__fish_den_using_subcommand save" -s q -l quiet -d 'Print nothing but errors (den prints no progress anyway)'
complete -c den -n "__fish_den_using_subcommand save" -l uncompressed -d 'Accepted for podman compatibility: den never recompresses, OCI formats get the layers exactly as the store keeps them (uncompressed when they came so)'
complete -c den -n "__fish_den_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand save" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand tag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand tag" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand untag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand untag" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand inspect" -s t -l type -d 'What kind of object to inspect' -r -f -a "image\t'Images only'
container\t'Containers only'
all\t'Containers with those names, else images'"
complete -c den -n "__fish_den_using_subcommand inspect" -s f -l format -d '`json` (the default), or a Go template such as \'{{.Id}}\' or \'{{json .Config.Env}}\'' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand inspect" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand history" -s H -l human -d 'Show times and sizes for people ("2 weeks ago", "2.13 MB"); `--human=false` prints timestamps and bytes' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand history" -l format -d '`json`, or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c den -n "__fish_den_using_subcommand history" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand history" -s q -l quiet -d 'Only show the ids'
complete -c den -n "__fish_den_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand history" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "list" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "remove" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from ls list rm remove inspect tag untag save load import prune history exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s t -l type -d 'What kind of object to inspect' -r -f -a "image\t'Images only'
container\t'Containers only'
all\t'Containers with those names, else images'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d '`json` (the default), or a Go template such as \'{{.Id}}\' or \'{{json .Config.Env}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (a directory for oci-dir) instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format' -r -f -a "docker-archive\t'The format of `docker save` and `podman save`: uncompressed layers, manifest.json'
oci-archive\t'An OCI image layout in a tarball; layers as the store keeps them (usually compressed)'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: den always saves every IMAGE given (as docker does), into one archive'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print nothing but errors (den prints no progress anyway)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Accepted for podman compatibility: den never recompresses, OCI formats get the layers exactly as the store keeps them (uncompressed when they came so)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from a tarball (docker-archive or OCI archive) or an OCI layout directory instead of standard input' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only the image names'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only the nameless ones'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Show times and sizes for people ("2 weeks ago", "2.13 MB"); `--human=false` prints timestamps and bytes' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d '`json`, or a Go template such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show the ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune check events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show every image, container and volume'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only the nameless ones'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Also remove the volumes no container uses'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Repair what is found: rebuild a broken image index from the blobs on disk (names that no container records are lost), unpack missing layers again from their blobs, and remove images that cannot be repaired, unless containers use them'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'With --repair, also remove damaged images that containers use, and those containers'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Show only events that match: container=NAME|ID, event=STATUS (or status=), image=NAME|ID, label=KEY[=VALUE], type=container|image|volume. Values of one key are ORed, different keys ANDed' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Print each event as JSON (`json`) or through a Go template on .ID, .Name, .Image, .Status, .Type, .Time, .Attributes, .ContainerExitCode' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show events at or after this time: RFC 3339, a date, unix seconds, or a duration such as 10m (that long ago)' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Show events up to this time (same forms; a duration is that long from now). While streaming, den exits once this time has passed' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep following the log for new events (the default) until interrupted; --stream=false prints what is recorded and exits' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Accepted for podman compatibility: den never truncates ids in events' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand create" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand create" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand create" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand create" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand create" -s v -l volume -d 'Mount a host path or a named volume: SRC:DEST[:OPTIONS] (options: ro, rw)' -r
complete -c den -n "__fish_den_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand create" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand create" -l network -l net -d 'Network mode: host (share the host\'s network; the default, unless run.network in config.toml says otherwise) or none (loopback only)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand create" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand create" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand create" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand create" -l init -d 'Run den\'s init as PID 1 (always on: it reaps zombies and forwards signals)'
complete -c den -n "__fish_den_using_subcommand create" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand create" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand start" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand start" -s a -l attach -d 'Run the container in the foreground: its output (and, with -t at create, its terminal) on yours, exit with its status (one container only)'
complete -c den -n "__fish_den_using_subcommand start" -s i -l interactive -d 'Keep standard input open and connect it to the container (implies --attach)'
complete -c den -n "__fish_den_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand start" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand stop" -s t -l time -d 'Seconds to wait for the container to exit after SIGTERM before sending SIGKILL' -r
complete -c den -n "__fish_den_using_subcommand stop" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand stop" -s a -l all -d 'Stop all running containers'
complete -c den -n "__fish_den_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand stop" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand kill" -s s -l signal -d 'Signal to send: name (KILL, SIGTERM) or number' -r
complete -c den -n "__fish_den_using_subcommand kill" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kill" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand restart" -s t -l time -d 'Seconds to wait for the container to exit after SIGTERM before sending SIGKILL' -r
complete -c den -n "__fish_den_using_subcommand restart" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand restart" -s a -l all -d 'Stop all running containers'
complete -c den -n "__fish_den_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand restart" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand rm" -s f -l force -d 'Stop and remove running containers too'
complete -c den -n "__fish_den_using_subcommand rm" -s a -l all -d 'Remove all containers'
complete -c den -n "__fish_den_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rm" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand ps" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand ps" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand ps" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand ps" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand ps" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand ps" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand ps" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand ps" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand list" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand list" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand list" -l format -d 'Output format' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand list" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand list" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand list" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand list" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand logs" -l tail -d 'Print only the last N lines' -r
complete -c den -n "__fish_den_using_subcommand logs" -l since -d 'Print only output since a time: RFC 3339 or a duration (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand logs" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand logs" -s f -l follow -d 'Keep printing new output until the container exits'
complete -c den -n "__fish_den_using_subcommand logs" -s t -l timestamps -d 'Print each line\'s time'
complete -c den -n "__fish_den_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand logs" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand wait" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand wait" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand exec" -s u -l user -d 'User and group to run as: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand exec" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand exec" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand exec" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand exec" -s d -l detach -d 'Run in the background'
complete -c den -n "__fish_den_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand exec" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand rename" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rename" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand top" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand top" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand attach" -l detach-keys -d 'The key sequence that detaches and leaves the container running: comma-separated ctrl-<letter> or single characters; empty disables detaching' -r
complete -c den -n "__fish_den_using_subcommand attach" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand attach" -l no-stdin -d 'Do not connect your standard input to the container'
complete -c den -n "__fish_den_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand attach" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -f -a "prune" -d 'Remove all containers that are not running'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from inspect prune help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Print only this field (a Go-template-like path such as {{.State.Pid}})' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all containers that are not running'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand events" -s f -l filter -d 'Show only events that match: container=NAME|ID, event=STATUS (or status=), image=NAME|ID, label=KEY[=VALUE], type=container|image|volume. Values of one key are ORed, different keys ANDed' -r
complete -c den -n "__fish_den_using_subcommand events" -l format -d 'Print each event as JSON (`json`) or through a Go template on .ID, .Name, .Image, .Status, .Type, .Time, .Attributes, .ContainerExitCode' -r
complete -c den -n "__fish_den_using_subcommand events" -l since -d 'Show events at or after this time: RFC 3339, a date, unix seconds, or a duration such as 10m (that long ago)' -r
complete -c den -n "__fish_den_using_subcommand events" -l until -d 'Show events up to this time (same forms; a duration is that long from now). While streaming, den exits once this time has passed' -r
complete -c den -n "__fish_den_using_subcommand events" -l stream -d 'Keep following the log for new events (the default) until interrupted; --stream=false prints what is recorded and exits' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand events" -l no-trunc -d 'Accepted for podman compatibility: den never truncates ids in events' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand events" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l log-level -d 'How much den logs to stderr: error, warn, info, debug or trace' -r
complete -c den -n "__fish_den_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand events" -s V -l version -d 'Print version'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "diff" -d 'Show the files a container added (A), changed (C) and deleted (D) against its image'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "export" -d 'Export a container\'s root filesystem as a tarball'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "save" -d 'Save images to a docker-archive or OCI archive, or into an OCI layout directory'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "tag" -d 'Add names to an image'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "untag" -d 'Remove names from an image (all of them when none are given)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "inspect" -d 'Show the details of images as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "history" -d 'Show the history of an image: the steps that made it, newest first'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "image" -d 'Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "system" -d 'Manage den\'s store: df'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "create" -d 'Create a container without starting it (same flags as `run`)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "start" -d 'Start one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "stop" -d 'Stop one or more running containers: SIGTERM, then SIGKILL after a timeout'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "kill" -d 'Send a signal to one or more running containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "restart" -d 'Stop and start one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "rm" -d 'Remove one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "ps" -d 'List containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "logs" -d 'Show the output of a container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "exec" -d 'Run a command in a running container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "rename" -d 'Rename a container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "top" -d 'Show the processes of a running container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "attach" -d 'Attach to a running container\'s terminal, or its input and output, until it exits'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "container" -d 'Manage containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "events" -d 'Show the events of containers and images: what is recorded, then new ones as they happen (--stream=false: only what is recorded)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info doctor unshare diff commit export cp save tag untag inspect history image system create start stop kill restart rm ps logs wait exec rename top attach container events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove all containers that are not running'
