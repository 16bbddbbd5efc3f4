import { describe, expect, it } from 'vitest';
import { copyText, outputLines } from './copy-text';

describe('copyText', () => {
	it('copies a bash block without prompts exactly as written, comments included', () => {
		const code = '# Mulai ulang kubelet\nsystemctl restart kubelet\nsystemctl status kubelet';
		expect(copyText(code, 'bash')).toBe(code);
	});

	it('strips $ prompts and drops the output lines of a mixed bash block', () => {
		const code = '$ kubectl get nodes\nNAME     STATUS\nnode-1   Ready\n$ kubectl get pods -A';
		expect(copyText(code, 'bash')).toBe('kubectl get nodes\nkubectl get pods -A');
	});

	it('reads # as the root prompt once $ prompts show the block is a transcript', () => {
		const code = '$ sudo -i\n# systemctl restart containerd\nok';
		expect(copyText(code, 'bash')).toBe('sudo -i\nsystemctl restart containerd');
	});

	it('reads # as a prompt on its own in a console transcript', () => {
		expect(copyText('# crictl ps\nCONTAINER   IMAGE', 'console')).toBe('crictl ps');
	});

	it('keeps backslash continuation lines with their prompted first line', () => {
		const code = [
			'$ kubeadm init phase certs apiserver \\',
			'    --apiserver-cert-extra-sans=XX.XX.XX.XX \\',
			'    --config /etc/kubeadm.yaml',
			'[certs] Generating "apiserver" certificate',
		].join('\n');
		expect(copyText(code, 'bash')).toBe(
			'kubeadm init phase certs apiserver \\\n    --apiserver-cert-extra-sans=XX.XX.XX.XX \\\n    --config /etc/kubeadm.yaml',
		);
	});

	it('does not continue a line ending in an escaped backslash', () => {
		expect(copyText('$ echo a\\\\\nout', 'bash')).toBe('echo a\\\\');
	});

	it('keeps the lines after a trailing pipe or && with the command', () => {
		expect(copyText('$ ps aux |\n  grep kubelet\nroot 1 kubelet', 'bash')).toBe(
			'ps aux |\n  grep kubelet',
		);
		expect(copyText('$ make &&\n  make install\ndone', 'bash')).toBe('make &&\n  make install');
	});

	it('keeps a heredoc body with its command', () => {
		const code = "$ cat <<'EOF' > /tmp/a.conf\n$ not a prompt here\nEOF\n$ ls\na.conf";
		expect(copyText(code, 'bash')).toBe("cat <<'EOF' > /tmp/a.conf\n$ not a prompt here\nEOF\nls");
	});

	it('does not mistake a here-string for a heredoc', () => {
		expect(copyText('$ grep x <<< "$v"\nx', 'bash')).toBe('grep x <<< "$v"');
	});

	it('strips PS> and PS C:\\…> prompts and drops PowerShell output', () => {
		const code = [
			'PS C:\\> Get-Service kubelet',
			'Status   Name',
			'Running  kubelet',
			'PS> Restart-Service kubelet',
			'PS C:\\Users\\admin>Get-Date',
		].join('\n');
		expect(copyText(code, 'powershell')).toBe(
			'Get-Service kubelet\nRestart-Service kubelet\nGet-Date',
		);
	});

	it('keeps PowerShell backtick continuations with their prompted first line', () => {
		const code =
			'PS C:\\> Invoke-WebRequest `\n    -Uri http://x `\n    -OutFile a.zip\nINFO: selesai';
		expect(copyText(code, 'ps1')).toBe(
			'Invoke-WebRequest `\n    -Uri http://x `\n    -OutFile a.zip',
		);
	});

	it('keeps a PowerShell here-string with its command', () => {
		const code = "PS> $s = @'\nPS> literal\n'@\nPS> $s\nPS> literal";
		expect(copyText(code, 'powershell')).toBe("$s = @'\nPS> literal\n'@\n$s\nliteral");
	});

	it('copies a PowerShell block without prompts as written, # comments included', () => {
		const code = '# Periksa layanan\nGet-Service kubelet';
		expect(copyText(code, 'powershell')).toBe(code);
	});

	it('does not treat # as a prompt in PowerShell', () => {
		expect(copyText('PS> Get-Date\n# komentar', 'powershell')).toBe('Get-Date');
	});

	it('copies a bat block as written', () => {
		expect(copyText('sc query kubelet\r\nsc stop kubelet', 'bat')).toBe(
			'sc query kubelet\nsc stop kubelet',
		);
	});

	it('returns null for output blocks, which are not commands', () => {
		expect(
			copyText('INFO: No tasks are running which match the specified criteria.', 'text'),
		).toBeNull();
		expect(copyText('$ looks like a prompt', 'output')).toBeNull();
		expect(copyText('NAME  STATUS\nnode  Ready', 'console')).toBeNull();
		expect(copyText('ok', undefined)).toBeNull();
	});

	it('copies YAML and other non-shell code as written', () => {
		expect(copyText('apiVersion: v1\nkind: Pod', 'yaml')).toBe('apiVersion: v1\nkind: Pod');
	});

	it('reads a huge run of backslashes by its parity: odd continues the line, even does not', () => {
		const run = '\\'.repeat(200_000);
		expect(copyText(`$ ${run}x\nOUTPUT`, 'bash')).toBe(`${run}x`);
		expect(copyText(`$ echo ${run}\\\nnext\nOUTPUT`, 'bash')).toBe(`echo ${run}\\\nnext`);
		expect(copyText(`$ echo ${run}\nOUTPUT`, 'bash')).toBe(`echo ${run}`);
	});
});

describe('outputLines', () => {
	it('lists the output lines of a mixed block, 1-based', () => {
		expect(
			outputLines('$ kubectl get nodes\nNAME  STATUS\nnode  Ready\n$ ls \\\n  -la', 'bash'),
		).toEqual([2, 3]);
		expect(outputLines('PS> Get-Date\n\nSenin', 'powershell')).toEqual([2, 3]);
	});

	it('lists nothing for command blocks without prompts and for output blocks', () => {
		expect(outputLines('# komentar\nls', 'bash')).toEqual([]);
		expect(outputLines('INFO: ok', 'text')).toEqual([]);
	});
});
