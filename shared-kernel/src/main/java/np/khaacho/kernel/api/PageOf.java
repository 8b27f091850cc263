package np.khaacho.kernel.api;

import np.khaacho.kernel.common.ErrorCode;

import java.util.ArrayList;
import java.util.List;

/** One page of a list the API answers: the items, which page, its size, and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** Refuses a page below 0 or a size outside 1 to {@code maxSize}, naming each problem. */
    public static void requireValidPaging(int page, int size, int maxSize) {
        List<String> problems = new ArrayList<>();
        if (page < 0) {
            problems.add("page: must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            problems.add("size: must be between 1 and " + maxSize);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "the paging parameters are not valid", problems);
        }
    }
}
