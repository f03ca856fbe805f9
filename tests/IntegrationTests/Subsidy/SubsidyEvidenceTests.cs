using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Jiafu.IntegrationTests.Infrastructure;
using Jiafu.IntegrationTests.Registry;

namespace Jiafu.IntegrationTests.Subsidy;

/// <summary>Evidence files on applications: type by content, size limit, SHA-256, scope, and only while open for correction.</summary>
public sealed class SubsidyEvidenceTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. RandomNumberGenerator.GetBytes(2000)];

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(500)];

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] content, string name, string type = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "file", name);
        return client.PostAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence", form, Ct);
    }

    [Fact]
    public async Task Given_an_application_When_its_institution_uploads_evidence_Then_it_is_listed_with_its_hash_and_downloads_unchanged_only_within_scope()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var year = SubsidyTestData.NewYear();
        var institutionId = await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA);
        var applicant = await fixture.Factory.CreateOperatorClientAsync(admin, institutionId);
        var stranger = await fixture.Factory.CreateOperatorClientAsync(admin, await admin.CreateActiveInstitutionAsync(RegistryTestData.StreetA));
        var otherStreet = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetB);
        var street = await fixture.Factory.CreateStreetOfficerClientAsync(admin, RegistryTestData.StreetA);
        var id = await applicant.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, year));

        var pdf = await (await UploadAsync(applicant, id, Pdf, "C:\\材料\\参保证明.pdf")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("参保证明.pdf", pdf.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", pdf.GetProperty("contentType").GetString());
        Assert.Equal(Pdf.Length, pdf.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), pdf.GetProperty("sha256").GetString());
        // The type comes from the content: a PNG sent as "scan.pdf" with a PDF content type is a PNG.
        var png = await (await UploadAsync(applicant, id, Png, "scan.pdf")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("image/png", png.GetProperty("contentType").GetString());

        var list = await street.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence");
        Assert.Equal(2, list.GetArrayLength());
        var download = await street.GetAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence/{pdf.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));

        foreach (var outsider in new[] { stranger, otherStreet })
        {
            await (await outsider.GetAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence/{pdf.GetProperty("id").GetGuid()}", Ct))
                .ReadProblemAsync(HttpStatusCode.NotFound);
            await (await UploadAsync(outsider, id, Pdf, "x.pdf")).ReadProblemAsync(HttpStatusCode.NotFound);
        }

        // A file id of another application is not found under this one.
        var otherId = await applicant.ApplyOkAsync(new { itemCode = "Award", year, institutionId, inputs = new { awardCategory = "BrandTitle", requestedAmount = 10m } });
        await (await applicant.GetAsync($"{SubsidyTestData.ApplicationsUrl}/{otherId}/evidence/{pdf.GetProperty("id").GetGuid()}", Ct))
            .ReadProblemAsync(HttpStatusCode.NotFound);

        // Once reviewed, evidence is closed.
        await street.ActOkAsync(id, "street-approve");
        Assert.Equal("invalid_transition", (await (await UploadAsync(applicant, id, Pdf, "late.pdf")).ReadProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task Given_a_file_that_is_not_pdf_jpeg_or_png_or_too_large_When_uploaded_Then_it_is_refused_and_nothing_is_listed()
    {
        var admin = await fixture.Factory.CreateSignedInClientAsync();
        var institutionId = await admin.CreateActiveInstitutionAsync();
        var id = await admin.ApplyOkAsync(SubsidyTestData.RefundBody(institutionId, SubsidyTestData.NewYear()));

        var exe = await (await UploadAsync(admin, id, [0x4D, 0x5A, .. RandomNumberGenerator.GetBytes(100)], "invoice.pdf")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(exe.HasError("file"), exe.ToString());
        await (await UploadAsync(admin, id, [], "empty.pdf")).ReadProblemAsync(HttpStatusCode.BadRequest);
        byte[] big = [.. "%PDF-"u8.ToArray(), .. new byte[10 * 1024 * 1024]];
        await (await UploadAsync(admin, id, big, "big.pdf")).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, (await admin.GetJsonAsync($"{SubsidyTestData.ApplicationsUrl}/{id}/evidence")).GetArrayLength());
    }
}
