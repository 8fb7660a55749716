package cx.touchpoint.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer of a list endpoint paged by key: the rows (read as {@code limit + 1}, so it knows whether more
 * follow) and, when more follow, {@code Link: <...?after=KEY&limit=N>; rel="next"} (RFC 8288) whose {@code
 * after} is the last row's sort key. The link is relative to the request, so no forwarded host is trusted.
 */
final class KeysetPage {

    private KeysetPage() {}

    static <T> ResponseEntity<List<T>> of(
            List<T> rowsAndOneMore, int limit, Function<T, Object> key, HttpServletRequest request) {
        if (rowsAndOneMore.size() <= limit) {
            return ResponseEntity.ok(rowsAndOneMore);
        }
        List<T> page = rowsAndOneMore.subList(0, limit);
        var next = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> next.queryParam(name, (Object[]) values));
        String link = next.replaceQueryParam("offset")
                .replaceQueryParam("after", key.apply(page.get(limit - 1)))
                .replaceQueryParam("limit", limit)
                .encode()
                .build()
                .toUriString();
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"")
                .body(List.copyOf(page));
    }

    /** The limit as asked, kept to 1..max. */
    static int limit(int asked, int max) {
        return Math.min(Math.max(1, asked), max);
    }
}
