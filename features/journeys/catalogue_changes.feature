Feature: Catalogue changes
  A seller may change their own catalogue by writing in: a product's price, its promotion, its stock count, or a new
  product. The resolver reads the product by its SKU and puts the change to the rules as the store's merchandiser: a
  price moving by more than the store's large-change share, or leaving less than its margin floor above cost, is a
  tier-3 change that only a senior approver who is not the seller may approve; any other change waits for an
  approver. Once approved the change is written, read back from the store and the seller told. A change that cannot
  be made (a SKU the catalogue does not have, a price in another currency) is refused before anyone is asked.

  Background:
    Given a store with the demo catalogue

  Scenario: A small price change is made once an approver agrees
    When "priya@store.example" writes "Please change the price of TEE-ORG-BLK-M to $26.50."
    Then the ticket was read as price_change
    And the ticket waits for approval by an "approver"
    When "lead@store.example", an approver, approves the change
    Then the ticket is resolved
    And product "TEE-ORG-BLK-M" is priced at 26.50
    And "priya@store.example" is told "We have changed the price of Organic Cotton Crew Tee, Black, M (TEE-ORG-BLK-M) to 26.50 USD"

  Scenario: A large price change waits for a senior approver, and the seller may not approve it
    When "priya@store.example" writes "Please change the price of TEE-ORG-BLK-M to $36.00, it is selling out."
    Then the ticket waits for approval by a "senior_approver"
    And the change was made tier 3 by the rule "A price change larger than the large-change threshold is tier 3 BULK"
    And "lead@store.example", an approver, may not approve the change
    And "priya@store.example", a senior approver, may not approve the change
    And product "TEE-ORG-BLK-M" is priced at 24.00
    When "head.of.sales@store.example", a senior approver, approves the change
    Then the ticket is resolved
    And product "TEE-ORG-BLK-M" is priced at 36.00

  Scenario: A price that leaves less than the margin floor above cost waits for a senior approver
    When "priya@store.example" writes "Please lower the price of SOCK-BMB-3PK to $11.25."
    Then the ticket waits for approval by a "senior_approver"
    And the change was made tier 3 by the rule "A price that leaves less than the margin floor above cost is tier 3 BULK"

  Scenario: A store that calls a 5 % move large asks a senior approver for a 10 % one
    Given a store whose large price change share is 0.05
    When "priya@store.example" writes "Please change the price of TEE-ORG-BLK-M to $26.50."
    Then the ticket waits for approval by a "senior_approver"

  Scenario: A price change the approver rejects leaves the price as it was
    When "priya@store.example" writes "Please change the price of TEE-ORG-BLK-M to $26.50."
    And "lead@store.example", an approver, rejects the change because "We keep the price until the sale ends"
    Then the ticket is declined
    And product "TEE-ORG-BLK-M" is priced at 24.00
    And "priya@store.example" is told "We keep the price until the sale ends"

  Scenario: A SKU the catalogue does not have is refused before anyone is asked
    When "priya@store.example" writes "Please change the price of ABC-XYZ-123 to $20."
    Then the ticket is declined
    And nobody was asked to approve it
    And "priya@store.example" is told "There is no product with SKU ABC-XYZ-123 in the catalogue"

  Scenario: A price in another currency than the product's is refused before anyone is asked
    When "priya@store.example" writes "Please change the price of TEE-ORG-BLK-M to ₹1999."
    Then the ticket is declined
    And nobody was asked to approve it
    And product "TEE-ORG-BLK-M" is priced at 24.00
    And "priya@store.example" is told "The new price is in INR; SKU TEE-ORG-BLK-M is priced in USD"

  Scenario: A counted stock is set once an approver agrees
    When "priya@store.example" writes "Inventory count done: set LAMP-BRASS-DSK stock to 14 units."
    Then the ticket was read as inventory_update
    When "lead@store.example", an approver, approves the change
    Then the ticket is resolved
    And product "LAMP-BRASS-DSK" shows 14 in stock
    And "priya@store.example" is told "Your store now shows 14 of Brushed Brass Desk Lamp with LED Bulb (LAMP-BRASS-DSK) in stock"

  Scenario: A promotion is started once an approver agrees
    When "priya@store.example" writes "Put HOOD-FLC-GRY-L on a 15% off promo from today."
    Then the ticket was read as promo_change
    When "lead@store.example", an approver, approves the change
    Then the ticket is resolved
    And product "HOOD-FLC-GRY-L" runs 15 % off
    And "priya@store.example" is told "buyers pay 51.00 USD instead of 60.00 USD"

  Scenario: A new product is listed once an approver agrees
    When "priya@store.example" writes "New product: Organic Canvas Tote, SKU TOTE-ORG-NAT, price $18, 40 pcs, category Accessories"
    Then the ticket was read as product_create
    When "lead@store.example", an approver, approves the change
    Then the ticket is resolved
    And product "TOTE-ORG-NAT" is priced at 18.00
    And product "TOTE-ORG-NAT" shows 40 in stock
    And "priya@store.example" is told "Organic Canvas Tote is now in your catalogue as SKU TOTE-ORG-NAT"
