# Các lệnh (rank, check, council, criteria, template, survey, verify, …): lỗi dòng lệnh và thông báo in ra.

commands-standard-output = đầu ra chuẩn
commands-no-such-unit = không có đơn vị "{ $unit }" trong số liệu; các đơn vị có: { $units }
commands-choose-unit = số liệu có { $count } đơn vị; hãy chọn một đơn vị bằng --unit: { $units }
commands-block-heading = Khối: { $block }
commands-check-responses-need-evidence = check --responses: cần các tệp minh chứng (đơn vị trong phiếu điều tra được đối chiếu với chúng)

## council
commands-council-seal-with-round = --seal niêm phong các bảng của hội đồng; không dùng cùng --round hoặc --requests
commands-council-out-extension = --out { $out }: tên tệp phải có đuôi .xlsx, .html, .md hoặc .csv
commands-council-round-out-xlsx = --out { $out }: với --round, tệp ghi ra phải là sổ tính .xlsx
commands-council-round-number = --round { $round }: vòng thẩm định là 1 hoặc 2
commands-council-no-requests = Không có đơn vị nào cần giải trình: điểm thẩm định lần 1 trùng điểm tự chấm ở mọi tiêu chí.

## criteria
commands-criteria-list-id = mã
commands-criteria-list-title = tên
commands-criteria-list-max = điểm tối đa
commands-criteria-list-scores = đối tượng chấm
commands-criteria-list-default = { $id } (mặc định)
commands-wrote-framework-about = { $id } · { $leaves } tiêu chí thành phần · { $max } điểm
commands-out-must-be-xlsx = --out { $out }: tên tệp phải có đuôi .xlsx
commands-out-must-be-toml = --out { $out }: tên tệp phải có đuôi .toml
commands-criteria-import-table-kind = { $table }: chỉ đọc được bảng Excel (.xlsx) hoặc CSV (.csv)

## template
commands-template-out-extension = --out { $out }: tên tệp phải có đuôi .xlsx hoặc .csv
commands-template-about = bộ chỉ số { $id } · { $rows } dòng cần điền: { $leaves } tiêu chí thành phần, { $adjustments } điểm thưởng/trừ

## survey
commands-survey-needs-responses = survey: cần ít nhất một tệp trả lời (--responses FILE)
commands-survey-no-such-unit = không có đơn vị "{ $unit }"; các đơn vị: { $units }

## Niêm phong (--seal, verify)
commands-seal-needs-out = --seal cần --out: tệp niêm phong được ghi cạnh tệp kết quả (<out>.seal.json)
commands-seal-command-damaged = lệnh ghi trong niêm phong bị hỏng: { $reason }
commands-seal-working-directory = không vào được thư mục làm việc { $folder } ({ $reason })
commands-seal-output-differs = Kết quả sẽ khác: { $path }: tính lại được SHA-256 { $now }, niêm phong ghi { $sealed }
commands-seal-output-gone = Kết quả sẽ khác: { $path }: tính lại không còn tạo ra tệp này
commands-seal-output-extra = Kết quả sẽ khác: tính lại tạo thêm tệp { $path } không có trong niêm phong
commands-seal-recompute-failed = Không tính lại được kết quả từ các đầu vào hiện có: { $reason }
commands-seal-output-edited = Tệp kết quả đã bị sửa: { $path }: SHA-256 trên đĩa { $now }, niêm phong ghi { $sealed }
commands-seal-other-version = Lưu ý: niêm phong do par-score { $sealed } tạo, bản đang chạy là { $running }
commands-seal-matches = Niêm phong khớp: { $inputs } tệp đầu vào không đổi, { $outputs } tệp kết quả giống từng byte.
commands-seal-bundled-changed = Đầu vào đã thay đổi: bộ chỉ số tích hợp { $framework } của bản par-score này khác bản đã niêm phong (SHA-256 { $now }, niêm phong ghi { $sealed })
commands-seal-input-changed = Đầu vào đã thay đổi: { $path } ({ $role }): SHA-256 hiện nay { $now }, niêm phong ghi { $sealed }
commands-seal-input-gone = Đầu vào không còn: { $path } ({ $role })
commands-seal-input-new = Đầu vào mới, không có trong niêm phong: { $path } ({ $role })
commands-seal-role-framework = bộ chỉ số
commands-seal-role-evidence = tệp số liệu
commands-seal-role-units = danh sách đơn vị
commands-seal-role-responses = phiếu khảo sát
commands-seal-role-documents = tài liệu kiểm chứng

# `survey`: the tables of results per unit and sub-criterion, answers per question and the bootstrap intervals.
commands-survey-spread-heading = Độ tin cậy: khoảng 90 % theo bootstrap trên người trả lời ({ $samples } mẫu, seed { $seed })
commands-survey-spread-more = { $names }; … ({ $n } đơn vị)
commands-survey-results-heading = Điều tra xã hội học: kết quả theo đơn vị và tiêu chí
commands-survey-unit = Đơn vị
commands-survey-criterion = Tiêu chí
commands-survey-questionnaires = Số phiếu
commands-survey-counted = Được tính
commands-survey-not-counted = Không tính
commands-survey-group = Nhóm
commands-survey-value = Giá trị (%)
commands-survey-points = Điểm
commands-survey-max = Tối đa
commands-survey-sample-needed = Cỡ mẫu cần
commands-survey-note = Ghi chú
commands-survey-sample-too-small = thiếu mẫu
commands-survey-no-counted-answer = không có câu trả lời được tính
commands-survey-council-appraised = HĐ thẩm định:
commands-survey-answers-per-question = Phân bố câu trả lời theo câu hỏi
commands-survey-answers-all-units = Phân bố câu trả lời theo câu hỏi (mọi đơn vị)
commands-survey-question = Câu hỏi
commands-survey-total = Tổng
commands-survey-rank = Hạng
commands-survey-spread-points = Điểm điều tra (90 %)
commands-survey-spread-index = Chỉ số (90 %)
commands-survey-spread-rank = Hạng (90 %)
commands-survey-spread-apart = Không phân biệt được với
