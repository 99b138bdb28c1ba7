# The council's tables and workbook: changes between the two rounds, disputes, documents.
council-changes-sheet = Thay đổi giữa hai vòng
council-changes-heading = Thay đổi từ thẩm định lần 1 đến kết quả cuối cùng
council-changes-after-first = Sau lần 1
council-changes-final = Cuối cùng
council-changes-difference = Chênh lệch
council-changes-rank-after-first = Xếp hạng sau lần 1
council-changes-rank-final = Xếp hạng cuối cùng
council-changes-footer = Dòng in đậm: chỉ số và xếp hạng (trong khối) của đơn vị sau lần 1 và sau lần cuối.
council-disputes-sheet = Tranh chấp
council-disputes-heading = Ý kiến chưa thống nhất (điểm tự chấm cao hơn thẩm định lần 1, chưa thẩm định lần 2), xếp theo mức ảnh hưởng
council-disputes-first = Điểm thẩm định lần 1
council-disputes-claimed = Điểm tự chấm
council-disputes-difference = Điểm chênh lệch
council-disputes-rank-now = Xếp hạng hiện tại
council-disputes-rank-if-accepted = Xếp hạng nếu chấp nhận
council-disputes-grade-now = Xếp loại hiện tại
council-disputes-grade-if-accepted = Xếp loại nếu chấp nhận
council-disputes-footer = Dòng in đậm: chấp nhận ý kiến của đơn vị sẽ làm thay đổi xếp hạng hoặc xếp loại của đơn vị trong khối.
council-documents-read = Văn bản (loại · số · cơ quan · ngày · trang)
council-documents-warnings = Cảnh báo tài liệu
council-documents-file = tệp { $file }

# The trail columns of a unit sheet appraised in rounds.
council-trail-first = Điểm thẩm định lần 1
council-trail-explanation = Giải trình
