# Trợ giúp của dòng lệnh (--help) và lỗi khi gõ lệnh.
# Khóa: cli-<lệnh> là mô tả lệnh; cli-<lệnh>--<tham số> là trợ giúp riêng của một
# tham số; cli-arg-<tham số> là trợ giúp dùng chung cho mọi lệnh có tham số đó.

cli = Tính Chỉ số cải cách hành chính (Chỉ số CCHC) từ bộ tiêu chí (TOML) và tệp minh chứng (CSV hoặc Excel): phiếu chấm điểm, bảng xếp hạng, bảng của hội đồng thẩm định, mẫu nhập minh chứng, bộ tiêu chí.
cli--lang = Ngôn ngữ của thông báo, trợ giúp và nhãn bảng: vi (tiếng Việt) hoặc en (tiếng Anh).
cli--quiet = Không in các cảnh báo về dữ liệu đầu vào.
cli-help = In trợ giúp này.
cli-version = In số phiên bản.
cli-exit-codes = Mã thoát: 0 thành công; 1 không ghi được tệp kết quả, hoặc có cảnh báo khi dùng `check --deny-warnings`; 2 dữ liệu đầu vào hoặc dòng lệnh sai.
cli-default = [mặc định: { $value }]
cli-usage = Cách dùng
cli-heading-options = Tùy chọn
cli-heading-arguments = Đối số
cli-heading-commands = Lệnh
cli-value-options = [TÙY-CHỌN]
cli-value-command = LỆNH
cli-value-file = TỆP
cli-value-dir = THƯ-MỤC
cli-value-criteria = BỘ-TIÊU-CHÍ
cli-value-paths = MINH-CHỨNG
cli-value-evidence = MINH-CHỨNG
cli-value-out = TỆP-RA
cli-value-unit = ĐƠN-VỊ
cli-value-format = ĐỊNH-DẠNG
cli-value-lang = NGÔN-NGỮ
cli-value-samples = SỐ-MẪU
cli-value-seed = HẠT-GIỐNG
cli-value-weight_jitter = PHẦN-TRĂM
cli-value-survey_weight = PHẦN-TRĂM
cli-value-top = SỐ-DÒNG
cli-value-previous = NĂM-TRƯỚC
cli-value-current = NĂM-NAY
cli-value-previous_criteria = BỘ-TIÊU-CHÍ
cli-value-round = VÒNG
cli-value-table = BẢNG
cli-value-before = BỘ-TIÊU-CHÍ
cli-value-after = BỘ-TIÊU-CHÍ
cli-value-seal = NIÊM-PHONG
cli-did-you-mean = có phải ý bạn là { $suggestion }?
cli-more-help = Gõ --help để xem trợ giúp.

# Lỗi khi gõ lệnh.
cli-error-value-missing = { $argument } cần một giá trị
cli-error-invalid-value = giá trị "{ $value }" không dùng được cho { $argument }; các giá trị được: { $valid }
cli-error-value-validation = giá trị "{ $value }" của { $argument } không hợp lệ: { $reason }
cli-error-unknown-argument = không có tùy chọn { $argument }
cli-error-unknown-command = không có lệnh "{ $command }"
cli-error-missing-argument = còn thiếu: { $argument }
cli-error-missing-command = chưa có lệnh (ví dụ: par-score rank examples/huyen-2024 --criteria huyen-2024)
cli-error-conflict = { $argument } không dùng cùng với { $other }
cli-error-values = số giá trị của { $argument } không đúng
cli-error-other = dòng lệnh không đúng ({ $detail })
cli-error-percent = "{ $text }" không phải tỷ lệ phần trăm; cần một số như 20 hoặc 2,5

# Tham số dùng chung.
cli-arg-paths = Tệp minh chứng (.csv, .xlsx, .xls, .xlsb, .ods) hoặc thư mục chứa chúng.
cli-arg-responses = Tệp phiếu điều tra xã hội học (CSV hoặc .xlsx, dạng dọc hoặc dạng ngang), có thể nêu nhiều lần: cho giá trị của các tiêu chí điều tra có liệt kê `questions`.
cli-arg-criteria = Bộ tiêu chí: một tệp TOML hoặc mã một bộ có sẵn (mặc định: so-2025).
cli-arg-units = Danh sách đơn vị (CSV hoặc .xlsx: đơn vị, khối, nhóm miễn trừ): mọi đơn vị có tên đều được chấm và xếp hạng trong khối của mình.
cli-arg-format = Định dạng đầu ra: table (bảng trên màn hình), csv (với `rank`: đúng bảng xếp hạng máy đọc được của docs/formats.md), json (số thập phân chính xác), md (Markdown).
cli-arg-out = Ghi vào tệp này (ghi trọn vẹn một lần, không bao giờ ghi đè tệp đầu vào) thay vì in ra màn hình.
cli-arg-seal = Ghi `<tệp ra>.seal.json` bên cạnh tệp kết quả: phiên bản, tùy chọn và mã SHA-256 của mọi tệp vào và ra, để kiểm tra lại bằng `par-score verify` (khi có khiếu nại).
cli-arg-documents = Thư mục tài liệu kiểm chứng: mỗi đơn vị một thư mục con đặt tên theo đơn vị, hoặc một thư mục chung; ô minh chứng có thể ghi tên tệp trong đó.

cli-arg-samples = Khi có --responses: số lần lấy mẫu bootstrap cho khoảng tin cậy 90 % của điểm điều tra, chỉ số và thứ hạng (0: không tính khoảng tin cậy).
cli-arg-seed = Hạt giống của bootstrap (cùng hạt giống cho cùng khoảng tin cậy).

cli-score = Phiếu chấm điểm của một đơn vị: từng tiêu chí thành phần với giá trị, điểm tự chấm, điểm, tình trạng; điểm từng lĩnh vực, điểm thưởng/trừ, tổng điểm, chỉ số và xếp loại.
cli-score--evidence = Tệp minh chứng (.csv, .xlsx, .xls, .xlsb, .ods) hoặc thư mục chứa chúng.
cli-score--unit = Đơn vị cần chấm, khi tệp minh chứng có nhiều đơn vị.

cli-rank = Xếp hạng mọi đơn vị có trong các tệp và thư mục đã nêu (mọi tệp .csv, .xlsx, .xls, .xlsb, .ods).
cli-rank--units = Danh sách đơn vị (CSV hoặc .xlsx: đơn vị, khối, nhóm miễn trừ): mọi đơn vị có tên đều được xếp hạng, trong khối của mình.

cli-check = Kiểm tra bộ tiêu chí và tệp minh chứng mà không chấm điểm, liệt kê mọi vấn đề một lượt: lỗi (mã thoát 2) và cảnh báo (0, hoặc 1 khi có --deny-warnings).
cli-check--paths = Tệp minh chứng (.csv, .xlsx, .xls, .xlsb, .ods) hoặc thư mục chứa chúng; không nêu tệp nào thì chỉ kiểm tra bộ tiêu chí.
cli-check--deny_warnings = Coi cảnh báo là thất bại (mã thoát 1).
cli-check--units = Danh sách đơn vị (CSV hoặc .xlsx: đơn vị, khối, nhóm miễn trừ).
cli-check--responses = Tệp phiếu điều tra xã hội học (CSV hoặc .xlsx, dạng dọc hoặc dạng ngang), có thể nêu nhiều lần: kiểm tra như khi các lệnh chấm điểm đọc chúng.

cli-council = Các bảng của Hội đồng thẩm định: Bảng tổng hợp, Phiếu thẩm định của từng đơn vị và Danh sách chênh lệch.
cli-council--out = Tệp kết quả; phần mở rộng chọn định dạng: .xlsx, .html, .md hoặc .csv (ba tệp: TÊN-summary.csv, TÊN-sheets.csv, TÊN-discrepancies.csv).
cli-council--round = Thay cho các bảng, ghi bảng tính hội đồng điền ở vòng 1 (Điểm thẩm định lần 1, Ghi chú) hoặc vòng 2 (Điểm thẩm định lần 2); bảng tính đã điền, đặt cạnh tệp minh chứng, được đọc như lớp dữ liệu của vòng đó.
cli-council--requests = Thay cho các bảng, ghi yêu cầu giải trình: mỗi đơn vị có điểm thẩm định lần 1 khác điểm tự chấm một tệp .xlsx và một tệp .csv, trong thư mục --out; tệp gửi lại được đọc như một lớp dữ liệu.

cli-template = Mẫu nhập minh chứng trống liệt kê mọi tiêu chí thành phần và điểm thưởng/trừ với mã, tên, điểm tối đa và nội dung cần điền; điền xong thì chấm điểm luôn tệp đó.
cli-template--unit = Tên đơn vị, điền sẵn trên mọi dòng.
cli-template--out = Tệp kết quả: .xlsx (có danh sách chọn, khóa cột mã) hoặc .csv.
cli-template--force = Thay tệp --out đã có (một mẫu trống; tệp đã điền số liệu không bao giờ bị ghi đè).

cli-criteria = Hiển thị bộ tiêu chí dạng cây với điểm tối đa và cách chấm từng tiêu chí thành phần; `export`/`import` chuyển sang bảng phụ lục (Excel) và ngược lại; `diff` so sánh hai bộ.
cli-criteria--list = Liệt kê các bộ tiêu chí có sẵn.
cli-criteria-export = Ghi bộ chỉ số thành bảng Excel như phụ lục của Quyết định: mã, nội dung, điểm tối đa, cách chấm, các cột đánh dấu; thưởng/trừ, xếp loại, thông tin chung.
cli-criteria-export--out = Bảng tính cần ghi (.xlsx).
cli-criteria-import = Đọc bảng tiêu chí (Excel .xlsx hoặc CSV, xuất ra hoặc tự gõ theo docs/criteria-table.md) và ghi tệp bộ chỉ số TOML.
cli-criteria-import--table = Bảng tiêu chí: .xlsx hoặc .csv.
cli-criteria-import--out = Tệp bộ tiêu chí cần ghi (.toml).
cli-criteria-diff = So sánh hai bộ chỉ số: tiêu chí thêm, bỏ, chuyển, đổi tên; điểm tối đa, cách chấm, trọng số lĩnh vực đổi; lĩnh vực nào so sánh được giữa hai năm.
cli-criteria-diff--before = Bộ tiêu chí năm trước: tệp TOML hoặc mã bộ có sẵn.
cli-criteria-diff--after = Bộ tiêu chí năm sau: tệp TOML hoặc mã bộ có sẵn.

cli-compare = So sánh hai năm: thứ hạng và chỉ số của từng đơn vị trong hai năm, thay đổi thứ hạng (↑ 3, ↓ 1, mới, không còn), thay đổi chỉ số và từng lĩnh vực, các đơn vị tăng và giảm nhiều nhất. Mỗi bên là một bảng xếp hạng CSV (`rank --format csv`) hoặc minh chứng.
cli-compare--previous = Năm trước: bảng xếp hạng CSV, hoặc tệp hay thư mục minh chứng.
cli-compare--current = Năm nay: bảng xếp hạng CSV, hoặc tệp hay thư mục minh chứng.
cli-compare--criteria = Bộ tiêu chí năm nay: tệp TOML hoặc mã bộ có sẵn (mặc định: so-2025).
cli-compare--previous_criteria = Bộ tiêu chí năm trước (mặc định: --criteria khi là minh chứng; với bảng xếp hạng CSV, cho tên và điểm tối đa các lĩnh vực).
cli-compare--top = Số đơn vị tăng và giảm nhiều nhất được nêu tên.

cli-gaps = Điểm bị mất ở đâu (điểm tối đa áp dụng − điểm) theo tiêu chí thành phần, tiêu chí và lĩnh vực, kèm chỉ số đạt được nếu lấy lại; trên toàn tỉnh, các tiêu chí thành phần nhiều đơn vị mất điểm nhất.
cli-gaps--unit = Xem điểm mất của đơn vị này (mặc định: đơn vị duy nhất, nếu nhiều đơn vị thì các ưu tiên của tỉnh).
cli-gaps--top = Số dòng mỗi bảng (0 = tất cả).

cli-whatif = Thứ hạng nhạy thế nào với phương pháp: trọng số lĩnh vực và điều tra ngẫu nhiên có hạt giống, bỏ lần lượt từng lĩnh vực, đổi trọng số điều tra; thứ hạng trung vị và khoảng 5–95% của từng đơn vị, độ dịch chuyển thứ hạng trung bình, thay đổi xếp loại.
cli-whatif--samples = Số lần lấy mẫu ngẫu nhiên.
cli-whatif--seed = Hạt giống của dãy ngẫu nhiên (cùng hạt giống cho cùng kết quả).
cli-whatif--weight_jitter = Trọng số mỗi lĩnh vực thay đổi đều trong khoảng ± bấy nhiêu phần trăm.
cli-whatif--survey_weight = Trọng số điều tra xã hội học thay đổi đều trong khoảng ± bấy nhiêu phần trăm.

cli-report = Ghi một báo cáo HTML trọn vẹn (biểu đồ nằm sẵn trong tệp, in được khổ A4): bảng xếp hạng, biểu đồ chỉ số và lĩnh vực, các tiêu chí thành phần yếu nhất, mỗi đơn vị một trang.
cli-report--out = Tệp HTML cần ghi (mặc định: in ra màn hình).

cli-verify = Kiểm tra niêm phong do `--seal` ghi: tính lại kết quả từ các tệp vào đã ghi nhận (trong bộ nhớ, không ghi gì) và thoát 0 khi mọi tệp vào không đổi và mọi tệp ra giống hệt từng byte, 1 kèm tên những gì đã đổi, 2 khi tệp niêm phong hỏng.
cli-verify--seal = Tệp `.seal.json`.

cli-survey = Điều tra xã hội học từ phiếu gốc: theo đơn vị và tiêu chí, số phiếu, số câu trả lời được tính và không tính, điểm trung bình từng nhóm, giá trị và điểm; phân bố trả lời từng câu hỏi; đơn vị dưới min_answers; cỡ mẫu cần có; khoảng tin cậy bootstrap có hạt giống của điểm điều tra, chỉ số và thứ hạng.
cli-survey--paths = Tệp hoặc thư mục minh chứng (không bắt buộc: không có thì không tính chỉ số và thứ hạng).
cli-survey--responses = Tệp phiếu điều tra xã hội học (CSV hoặc .xlsx, dạng dọc hoặc dạng ngang), có thể nêu nhiều lần.
cli-survey--unit = Chỉ hiển thị đơn vị này.
cli-survey--samples = Số lần lấy mẫu bootstrap (0: không tính khoảng tin cậy).
cli-survey--seed = Hạt giống của bootstrap (cùng hạt giống cho cùng khoảng tin cậy).
cli-survey--units = Danh sách đơn vị (CSV hoặc .xlsx: đơn vị, khối, nhóm miễn trừ): đơn vị trong phiếu được khớp không phân biệt hoa thường; thứ hạng và khoảng tin cậy tính trong từng khối.

cli-completions = In đoạn mã tự hoàn thành lệnh cho shell (bash, zsh, fish, powershell, elvish).
cli-completions--shell = Shell: bash, zsh, fish, powershell hoặc elvish.
cli-man = In trang hướng dẫn man (roff), hoặc ghi ra tệp với --out.
cli-man--out = Tệp cần ghi (mặc định: in ra màn hình).
