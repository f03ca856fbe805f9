import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/fetch-mock';
import { renderWithProviders } from '@/testing/render';
import { makeUser } from '@/testing/users';
import type { EvidenceFile } from '../api/evidence';
import type { SubsidyApplication } from '../api/subsidy';
import { EvidenceCard } from './evidence-card';

const operator = makeUser({ roles: ['InstitutionOperator'], institutionId: 'i-own', institutionIds: ['i-own'] });

const application = (status: SubsidyApplication['status'], institutionId = 'i-own') =>
  ({ id: 'a-9', status, institutionId }) as SubsidyApplication;

const file: EvidenceFile = {
  id: 'f-1',
  applicationId: 'a-9',
  fileName: '缴费凭证.pdf',
  contentType: 'application/pdf',
  sizeBytes: 204_800,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-05-02T02:00:00Z',
  uploadedBy: 'operator1',
};

describe('evidence files on an application', () => {
  it('lists the files with size and hash, and uploads a new one as multipart while the application is open', async () => {
    let files: EvidenceFile[] = [file];
    const { requests } = mockFetch({
      'GET /api/v1/subsidy/applications/a-9/evidence': () => json(files),
      'POST /api/v1/subsidy/applications/a-9/evidence': () => {
        const added = { ...file, id: 'f-2', fileName: '花名册.png', contentType: 'image/png', sizeBytes: 3_145_728 };
        files = [...files, added];
        return json(added, 201);
      },
    });
    renderWithProviders(<EvidenceCard application={application('Returned')} />, '/', operator);

    const table = await screen.findByTestId('evidence-table');
    expect(await within(table).findByText('缴费凭证.pdf')).toBeInTheDocument();
    expect(within(table).getByText('200 KB')).toBeInTheDocument();
    expect(within(table).getByText('abababababab…')).toBeInTheDocument();

    const input = document.querySelector<HTMLInputElement>('[data-testid="evidence-card"] input[type="file"]')!;
    await userEvent.setup().upload(input, new File(['\x89PNG'], '花名册.png', { type: 'image/png' }));

    expect(await within(table).findByText('花名册.png')).toBeInTheDocument();
    expect(within(table).getByText('3.0 MB')).toBeInTheDocument();
    const sent = requests('POST /api/v1/subsidy/applications/a-9/evidence');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((await sent[0]!.formData()).has('file')).toBe(true);
  });

  it('offers no upload once the application is approved, nor to another institution’s operator', async () => {
    mockFetch({ 'GET /api/v1/subsidy/applications/a-9/evidence': () => json([]) });
    const { unmount } = renderWithProviders(<EvidenceCard application={application('Approved')} />, '/', operator);
    expect(await screen.findByText('尚未上传申报材料（PDF、JPEG 或 PNG）')).toBeInTheDocument();
    expect(screen.queryByTestId('evidence-upload')).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<EvidenceCard application={application('Submitted', 'i-other')} />, '/', operator);
    await screen.findByTestId('evidence-table');
    expect(screen.queryByTestId('evidence-upload')).not.toBeInTheDocument();
  });

  it('shows the API’s problem when an upload is refused', async () => {
    mockFetch({
      'GET /api/v1/subsidy/applications/a-9/evidence': () => json([]),
      'POST /api/v1/subsidy/applications/a-9/evidence': () =>
        json({ title: 'Bad request', status: 400, detail: '仅接受 PDF、JPEG 或 PNG 文件。' }, 400),
    });
    renderWithProviders(<EvidenceCard application={application('Submitted')} />, '/', operator);
    await screen.findByTestId('evidence-upload');
    const input = document.querySelector<HTMLInputElement>('[data-testid="evidence-card"] input[type="file"]')!;
    await userEvent.setup({ applyAccept: false }).upload(input, new File(['MZ'], 'setup.exe', { type: 'application/octet-stream' }));
    await waitFor(() => expect(screen.getByText('仅接受 PDF、JPEG 或 PNG 文件。')).toBeInTheDocument());
  });
});
