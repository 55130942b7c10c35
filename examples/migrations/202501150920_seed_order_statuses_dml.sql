-- Reference data: the order states the application knows.
INSERT INTO order_statuses (code, description) VALUES ('NEW', 'Placed, not yet paid');
INSERT INTO order_statuses (code, description) VALUES ('PAID', 'Paid, waiting for shipment');
INSERT INTO order_statuses (code, description) VALUES ('SHIPPED', 'Handed to the carrier');
INSERT INTO order_statuses (code, description) VALUES ('CANCELLED', 'Cancelled by the customer or the shop');
