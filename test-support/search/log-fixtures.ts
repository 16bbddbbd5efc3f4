/**
 * Realistic pasted text for tests: what people copy from a terminal around an error. Not
 * shipped; imported by tests only.
 */

/** A deterministic PRNG (mulberry32), so generated inputs are the same on every run. */
export function prng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `systemctl status kubelet` output, as pasted above a journal. */
export const SYSTEMCTL_STATUS = `● kubelet.service - kubelet: The Kubernetes Node Agent
   Loaded: loaded (/usr/lib/systemd/system/kubelet.service; enabled; vendor preset: disabled)
  Drop-In: /usr/lib/systemd/system/kubelet.service.d
           └─10-kubeadm.conf
   Active: active (running) since Fri 2025-03-14 08:00:01 WIB; 21min ago
     Docs: https://kubernetes.io/docs/
 Main PID: 1234 (kubelet)
    Tasks: 17
   Memory: 61.2M
   CGroup: /system.slice/kubelet.service
           └─1234 /usr/bin/kubelet --config=/var/lib/kubelet/config.yaml`;

/** `kubectl get pods -n kube-system` output. */
export const KUBECTL_PODS = `NAME                                       READY   STATUS             RESTARTS   AGE
coredns-7f9c8d6b5-x2x4z                    1/1     Running            0          3d
kube-apiserver-cn-hangzhou.192.168.0.10    0/1     CrashLoopBackOff   12         3d
metrics-server-5b5c5d7f8-q9w2r             1/1     Running            1          3d`;

/**
 * A journal of `bytes` characters: routine kubelet lines with changing timestamps and ids,
 * and `error` pasted at `at` (0..1) of the way through.
 */
export function kubeletJournal(bytes: number, error: string, at = 0.5, seed = 7): string {
	const random = prng(seed);
	const lines: string[] = [];
	let size = 0;
	let placed = false;
	for (let i = 0; size < bytes; i++) {
		const minute = pad(Math.floor(random() * 60));
		const second = pad(Math.floor(random() * 60));
		const micros = pad(Math.floor(random() * 1e6), 6);
		const prefix = `Mar 14 08:${minute}:${second} worker-07 kubelet[1234]:`;
		const klog = `I0314 08:${minute}:${second}.${micros}    1234`;
		const routine = [
			`${prefix} ${klog} kubelet.go:2${Math.floor(random() * 900)}] "SyncLoop (PLEG): event for pod" pod="default/web-${Math.floor(random() * 1e5)}"`,
			`${prefix} ${klog} reconciler.go:${Math.floor(random() * 400)}] "operationExecutor.VerifyControllerAttachedVolume started" volumeName="kubernetes.io/projected/${crypto(random)}-kube-api-access-x2kzt"`,
			`${prefix} ${klog} prober.go:${Math.floor(random() * 200)}] "Probe succeeded" probeType="Readiness" pod="kube-system/coredns-7f9c8d6b5-x2x4z"`,
		][i % 3]!;
		if (!placed && size >= bytes * at) {
			lines.push(
				`${prefix} E0314 08:${minute}:${second}.${micros}    1234 reflector.go:138] ${error}`,
			);
			placed = true;
		}
		lines.push(routine);
		size += routine.length + 1;
	}
	if (!placed) lines.push(error);
	return lines.join('\n');
}

function crypto(random: () => number): string {
	const hex = '0123456789abcdef';
	const part = (n: number) =>
		Array.from({ length: n }, () => hex[Math.floor(random() * 16)]).join('');
	return `${part(8)}-${part(4)}-${part(4)}-${part(4)}-${part(12)}`;
}
