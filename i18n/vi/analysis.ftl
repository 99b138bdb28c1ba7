# Phân tích: đọc tệp xếp hạng năm trước (compare), mô phỏng (whatif).

## Tệp xếp hạng (par-score rank --format csv)
analysis-ranking-header-shape = dòng tiêu đề của `par-score rank --format csv`: rank,unit,<mỗi lĩnh vực một cột>,adjustment,total,max,index,grade (khi có danh sách đơn vị: block,rank,unit,…)
analysis-ranking-empty = tệp xếp hạng trống
analysis-ranking-not-a-header = không phải dòng tiêu đề của tệp xếp hạng: "{ $found }"
analysis-ranking-unreadable = không đọc được tệp CSV: { $reason }
analysis-ranking-fields = dòng có { $fields } ô, nhưng dòng tiêu đề có { $header } cột
analysis-ranking-fields-expected = mỗi cột của dòng tiêu đề một ô
analysis-ranking-number-decimals = một số có dấu chấm thập phân và đúng { $decimals } chữ số thập phân, như `rank --format csv` ghi (không quá { $whole } chữ số trước dấu chấm)
analysis-ranking-number = một số có dấu chấm thập phân, như `rank --format csv` ghi (ví dụ 97.50; không quá { $whole } chữ số trước dấu chấm và { $fraction } chữ số sau)
analysis-ranking-not-a-number = "{ $value }" ở cột { $column } không phải là số như vậy
analysis-ranking-bad-rank = hạng "{ $rank }" không phải số nguyên ≥ 1
analysis-ranking-bad-rank-expected = một thứ hạng như 1, 2, 2, 4
analysis-ranking-unit-empty = tên đơn vị để trống
analysis-ranking-unit-empty-expected = tên của đơn vị
analysis-ranking-unit-name-problem = tên đơn vị "{ $name }" { $problem }
analysis-ranking-unit-twice = đơn vị "{ $unit }" có hai lần (lần đầu ở dòng { $first })
analysis-ranking-unit-twice-expected = mỗi đơn vị một dòng
analysis-ranking-no-units = tệp xếp hạng không có đơn vị nào
analysis-ranking-no-units-expected = mỗi đơn vị một dòng sau dòng tiêu đề
analysis-snapshot-areas-differ = các cột lĩnh vực của tệp xếp hạng ({ $columns }) không phải các lĩnh vực của bộ chỉ số { $framework } ({ $areas })
analysis-snapshot-areas-differ-expected = --previous-criteria chỉ đúng bộ chỉ số đã dùng để chấm tệp xếp hạng này

## Mô phỏng (whatif)
analysis-whatif-figure-too-large = số { $value } quá lớn hoặc có quá nhiều chữ số thập phân cho phép mô phỏng
analysis-whatif-percentage = { $option } phải là tỷ lệ phần trăm từ 0 đến 100, không quá 4 chữ số thập phân; đã ghi { $value }
analysis-whatif-samples = --samples phải từ 1 trở lên
