package org.haven.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.haven.shared.privacy.Sensitive;
import org.haven.shared.validation.CountryCode;
import org.haven.shared.web.ApiFormats;

/**
 * Body of {@code PUT /requests/{id}/assessment}: the three criteria, the risk assessment and, for
 * relocation, the plan. Replaces any earlier assessment. Notes are sensitive.
 */
public record RecordAssessment(
        @NotNull @Valid Criterion identity,
        @NotNull @Valid Criterion situation,
        @NotNull @Valid Criterion need,
        @Sensitive @NotBlank @Size(max = 4000) String riskAssessment,
        @Valid Relocation relocation) {

    /** One criterion: met, not met or unclear, with a note. */
    public record Criterion(@NotNull CheckResult result, @Sensitive @Size(max = 2000) String note) {

        @Override
        public String toString() {
            return "Criterion[result=" + result + ", note=<redacted>]";
        }
    }

    /** The relocation plan: where, with whom, for how long. */
    public record Relocation(
            @NotNull @CountryCode @Schema(maxLength = 2, pattern = ApiFormats.COUNTRY_PATTERN) String hostCountry,
            @Sensitive @Size(max = 200) String hostOrganisation,
            @NotNull @Min(1) @Max(24) Integer plannedDurationMonths,
            @NotNull @Min(0) @Max(20) Integer familyMembersIncluded) {

        @Override
        public String toString() {
            return "Relocation[hostCountry=" + hostCountry + ", <organisation redacted>]";
        }
    }

    Assessment toAssessment(java.util.function.BiFunction<String, String, byte[]> seal) {
        Assessment a = new Assessment();
        a.identity = identity.result();
        a.identityNote = seal.apply("request.identityNote", identity.note());
        a.situation = situation.result();
        a.situationNote = seal.apply("request.situationNote", situation.note());
        a.need = need.result();
        a.needNote = seal.apply("request.needNote", need.note());
        a.riskAssessment = seal.apply("request.riskAssessment", riskAssessment);
        if (relocation != null) {
            a.hostCountry = relocation.hostCountry();
            a.hostOrganisation = seal.apply("request.hostOrganisation", relocation.hostOrganisation());
            a.plannedDurationMonths = relocation.plannedDurationMonths();
            a.familyMembersIncluded = relocation.familyMembersIncluded();
        }
        return a;
    }

    @Override
    public String toString() {
        // Must not fail on invalid input: validation messages are built from toString.
        return "RecordAssessment[<redacted>]";
    }
}
