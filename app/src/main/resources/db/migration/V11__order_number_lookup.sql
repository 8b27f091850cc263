-- Auditors look orders up by their printed number, in any case.
CREATE INDEX orders_number_idx ON read_model.orders (upper(order_number));
