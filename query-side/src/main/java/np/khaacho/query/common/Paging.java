package np.khaacho.query.common;

import np.khaacho.kernel.api.ApiException;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.ErrorCode;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Which page of a list to answer: {@code page} counts from 0; {@code size} is 20 unless asked, at most 100. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Everything at once: for answers that are small by nature, such as one vendor's inbox. */
    public static final Paging ALL = new Paging(0, Integer.MAX_VALUE);

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<String> problems = new ArrayList<>();
        if (p < 0) {
            problems.add("page: must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add("size: must be between 1 and " + MAX_SIZE);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "the paging parameters are not valid", problems);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * This page of the rows that match, in this order ({@link Sort#unsorted()}: the order the
     * specification itself gives), each shown as {@code view} makes it.
     */
    public <R, T> PageOf<T> of(JpaSpecificationExecutor<R> rows, Specification<R> where, Sort order,
                               Function<R, T> view) {
        if (pastAnyOffset()) {
            return new PageOf<>(List.of(), page, size, rows.findAll(where, PageRequest.of(0, 1, order)).getTotalElements());
        }
        Page<R> found = rows.findAll(where, PageRequest.of(page, size, order));
        return new PageOf<>(found.getContent().stream().map(view).toList(), page, size, found.getTotalElements());
    }

    /**
     * This page of what a written query finds, when each row it finds also counts them all: the query
     * selects {@code (row, count(*) over ())}, so the page and its total cost one statement instead of
     * two. A page past the end finds no row to read the total from: the first row of the first page says it.
     */
    public <R, T> PageOf<T> ofCounted(Function<Pageable, List<Counted<R>>> query, Sort order, Function<R, T> view) {
        List<Counted<R>> found = pastAnyOffset() ? List.of() : query.apply(PageRequest.of(page, size, order));
        if (found.isEmpty() && page > 0) {
            long total = query.apply(PageRequest.of(0, 1, order)).stream().mapToLong(Counted::total).findFirst().orElse(0);
            return new PageOf<>(List.of(), page, size, total);
        }
        long total = found.isEmpty() ? 0 : found.get(0).total();
        return new PageOf<>(found.stream().map(row -> view.apply(row.row())).toList(), page, size, total);
    }

    /** Past the end of any read model: JPA takes offsets up to {@link Integer#MAX_VALUE} only. */
    private boolean pastAnyOffset() {
        return offset() > Integer.MAX_VALUE;
    }

    /** A row a query found, and how many rows it found in all. */
    public record Counted<R>(R row, long total) {
    }
}
