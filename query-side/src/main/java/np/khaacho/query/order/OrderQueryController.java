package np.khaacho.query.order;

import io.swagger.v3.oas.annotations.tags.Tag;
import np.khaacho.kernel.api.ApiResponse;
import np.khaacho.kernel.api.PageOf;
import np.khaacho.kernel.common.Actor;
import np.khaacho.kernel.order.OrderStatus;
import np.khaacho.kernel.query.OrderView;
import np.khaacho.query.common.Dates;
import np.khaacho.query.common.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Orders as each role may see them: lists, one order, and its timeline. */
@RestController
@RequestMapping("/v1/orders")
@Tag(name = "Orders (queries)")
class OrderQueryController {

    private final OrderReader reader;

    OrderQueryController(OrderReader reader) {
        this.reader = reader;
    }

    /** Newest first; a buyer sees their own orders, a vendor those addressed to it, staff all. */
    @GetMapping
    public ApiResponse<PageOf<OrderSummary>> list(@RequestParam(name = "status", required = false) String status,
                                                  @RequestParam(name = "from", required = false) String from,
                                                  @RequestParam(name = "to", required = false) String to,
                                                  @RequestParam(name = "page", required = false) Integer page,
                                                  @RequestParam(name = "size", required = false) Integer size,
                                                  Actor actor) {
        OrderStatus wanted = ListParameters.status(status);
        LocalDate fromDay = Dates.day("from", from);
        LocalDate toDay = Dates.day("to", to);
        ListParameters.requireOrdered(fromDay, toDay);
        Paging paging = Paging.of(page, size);
        OrderListFilter filter = OrderAccess.listOf(actor, wanted, ListParameters.startOf(fromDay),
                ListParameters.endOf(toDay));
        return ApiResponse.ok(reader.list(filter, paging));
    }

    @GetMapping("/{id}")
    public ApiResponse<OrderView> get(@PathVariable("id") String id, Actor actor) {
        return ApiResponse.ok(visible(id, actor));
    }

    @GetMapping("/{id}/tracking")
    public ApiResponse<OrderTracking> tracking(@PathVariable("id") String id, Actor actor) {
        OrderView order = visible(id, actor);
        return ApiResponse.ok(new OrderTracking(order.id(), order.orderNumber(), order.status(),
                reader.timeline(order.id())));
    }

    private OrderView visible(String id, Actor actor) {
        return OrderAccess.visible(id, reader::find, actor);
    }
}
