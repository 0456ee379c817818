import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FileRef } from '../../engine/index.js';
import type { UploadOptions } from '../FormServices.js';
import { renderFields } from '../testing/renderFields.js';

function controllableUpload() {
  const calls: { name: string; options: UploadOptions; finish: (ref: FileRef) => void; fail: () => void }[] = [];
  const uploadFile = (_file: Blob, name: string, options: UploadOptions) =>
    new Promise<FileRef>((resolve, reject) => calls.push({ name, options, finish: resolve, fail: () => reject(new Error('File is too large')) }));
  return { calls, uploadFile };
}

describe('FileUpload', () => {
  it('shows each upload with its progress and stores the FileRef when done', async () => {
    const upload = controllableUpload();
    const { session, user } = renderFields([{ id: 'photos', type: 'image', label: 'Photos' }], { services: { uploadFile: upload.uploadFile } });
    await user.upload(screen.getByLabelText('Photos'), new File(['png'], 'shop.png', { type: 'image/png' }));
    const progress = screen.getByRole('progressbar', { name: 'Uploading shop.png' });
    act(() => upload.calls[0]?.options.onProgress?.(0.5));
    expect(progress.getAttribute('value')).toBe('0.5');
    const ref = { fileId: 'file1', name: 'shop.png', size: 3, mimeType: 'image/png' };
    await act(async () => upload.calls[0]?.finish(ref));
    expect(session.getValue('/photos')).toEqual([ref]);
    expect(screen.queryByRole('progressbar')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove shop.png' }));
    expect(session.getValue('/photos')).toBeUndefined();
  });

  it('refuses files over the size limit before sending them', async () => {
    const upload = controllableUpload();
    const { user } = renderFields([{ id: 'doc', type: 'attachment', label: 'Contract', maxSizeMB: 1 }], { services: { uploadFile: upload.uploadFile } });
    await user.upload(screen.getByLabelText('Contract'), new File([new Uint8Array(2 * 1024 * 1024)], 'big.pdf'));
    expect(upload.calls).toHaveLength(0);
    expect(screen.getByText('big.pdf is larger than 1 MB')).toBeTruthy();
  });

  it('reports a failed upload and keeps the files already stored', async () => {
    const upload = controllableUpload();
    const kept = { fileId: 'old', name: 'old.pdf', size: 1, mimeType: 'application/pdf' };
    const { session, user } = renderFields([{ id: 'doc', type: 'attachment', label: 'Files' }], { services: { uploadFile: upload.uploadFile }, initial: { doc: [kept] } });
    await user.upload(screen.getByLabelText('Files'), new File(['x'], 'new.pdf'));
    await act(async () => upload.calls[0]?.fail());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Upload of new.pdf failed: File is too large'));
    expect(session.getValue('/doc')).toEqual([kept]);
  });

  it('says when uploads are unavailable', () => {
    renderFields([{ id: 'doc', type: 'attachment', label: 'Files' }], { locale: 'zh-CN' });
    expect(screen.getByLabelText('Files')).toHaveProperty('disabled', true);
    expect(screen.getByText('当前无法上传文件')).toBeTruthy();
  });
});
