package org.haven.shared.web;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.haven.shared.paging.PageRequest;

/**
 * The {@code page} and {@code size} query parameters of every list, as a {@code @BeanParam}: read
 * as text and checked by {@link Params#page}, so a bad value is a 400 naming the parameter, and
 * documented once with the bounds that check enforces.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Zero-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    public PageRequest request() {
        return Params.page(page, size);
    }
}
