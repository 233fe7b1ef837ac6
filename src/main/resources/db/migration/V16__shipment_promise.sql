-- What the shop promised the customer and what the carrier last said: an order_status run tells a shipment late
-- against its promised date, or reported lost by its carrier, from an on-time one. Both are unknown (null) for
-- orders that never had them, which are then never late or lost.
ALTER TABLE sandbox_order ADD COLUMN promised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sandbox_order ADD COLUMN carrier_status VARCHAR(20);
