-- A shipping vendor's return labels need the merchant's side (issue 12): where returns are sent and the parcel a return
-- is taken to be. Kept as the JSON of one typed record (ReturnShipping), read and written only by the application, so
-- a new field of it needs no migration; null for every vendor that issues no labels.
ALTER TABLE connector_setting ADD COLUMN return_shipping VARCHAR(2000);
