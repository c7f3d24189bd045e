; certjax: rule estimators.score_loo_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (< 0.0 ?x57))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x61 (= 0.0 ?x57)))
 (not $x61)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x133 (/ ?x36 exp!4)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x97 (/ ?x56 ?x57)))
 (let ((?x110 (- ?x97)))
 (let ((?x112 (* 0.0 ?x110)))
 (let ((?x126 (+ ?x110 ?x112)))
 (let ((?x111 (+ 1.0 ?x110)))
 (let ((?x125 (* 0.0 ?x111)))
 (let ((?x127 (+ ?x125 ?x126)))
 (let ((?x135 (* ?x127 ?x133)))
 (let ((?x136 (* ?x127 ?x135)))
 (let ((?x100 (- ?x56)))
 (let ((?x101 (* ?x56 ?x100)))
 (let ((?x99 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x102 (* ?x99 ?x101)))
 (let ((?x103 (+ ?x97 ?x102)))
 (let ((?x104 (- ?x103)))
 (let ((?x105 (* 0.0 ?x104)))
 (let ((?x121 (+ ?x104 ?x105)))
 (let ((?x122 (+ ?x105 ?x121)))
 (let ((?x134 (* ?x122 ?x133)))
 (let ((?x137 (+ ?x134 ?x136)))
 (let ((?x123 (/ 1.0 exp!4)))
 (let ((?x128 (* ?x123 ?x127)))
 (let ((?x129 (* ?x127 ?x128)))
 (let ((?x124 (* ?x123 ?x122)))
 (let ((?x130 (+ ?x124 ?x129)))
 (let ((?x138 (+ ?x130 ?x137)))
 (let ((?x113 (+ ?x112 ?x112)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x108 (/ ?x56 exp!4)))
 (let ((?x115 (* ?x108 ?x114)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x106 (+ ?x105 ?x105)))
 (let ((?x107 (+ ?x104 ?x106)))
 (let ((?x109 (* ?x108 ?x107)))
 (let ((?x117 (+ ?x109 ?x116)))
 (let ((?x139 (+ ?x117 ?x138)))
 (or (and (distinct 0.0 ?x139) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
(let ((?x37 (+ 1.0 ?x36)))
(let ((?x56 (/ (* 1.0 exp!3) exp!2)))
(let ((?x57 (+ ?x56 ?x37)))
(=> (> ?x57 0.0) (= exp!4 ?x57)))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x403 (/ ?x144 exp!5)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x171 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x170 (* 0.0 ?x205)))
 (let ((?x292 (+ ?x170 ?x171)))
 (let ((?x162 (* ?x292 ?x403)))
 (let ((?x163 (* ?x292 ?x162)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x357 (+ ?x317 ?x318)))
 (let ((?x358 (+ ?x318 ?x357)))
 (let ((?x405 (* ?x358 ?x403)))
 (let ((?x276 (+ ?x405 ?x163)))
 (let ((?x168 (/ ?x596 exp!5)))
 (let ((?x293 (* ?x168 ?x292)))
 (let ((?x388 (* ?x292 ?x293)))
 (let ((?x169 (* ?x168 ?x358)))
 (let ((?x399 (+ ?x169 ?x388)))
 (let ((?x280 (+ ?x399 ?x276)))
 (let ((?x201 (+ ?x212 ?x212)))
 (let ((?x247 (+ ?x205 ?x201)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x178 ?x247)))
 (let ((?x252 (* ?x247 ?x251)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x346 (+ ?x181 ?x252)))
 (let ((?x281 (+ ?x346 ?x280)))
 (or (and (distinct 0.0 ?x281) true)))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!1 exp!3)))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x596 (/ (* 1.0 exp!2) exp!3)))
(let ((?x584 (+ ?x596 ?x144)))
(let ((?x597 (+ 1.0 ?x584)))
(=> (> ?x597 0.0) (= exp!5 ?x597))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!528 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (< 0.0 ?x272))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let (($x297 (= 0.0 ?x272)))
 (not $x297)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let (($x297 (= 0.0 ?x272)))
 (not $x297)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let (($x297 (= 0.0 ?x272)))
 (not $x297)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let (($x297 (= 0.0 ?x272)))
 (not $x297)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let (($x297 (= 0.0 ?x272)))
 (not $x297)))))))))
(assert
 (let ((?x605 (/ 1.0 exp!6)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x512 (/ ?x428 exp!1)))
 (let ((?x324 (+ 1.0 ?x512)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x249 (/ ?x55 exp!1)))
 (let ((?x272 (+ ?x249 ?x324)))
 (let ((?x305 (/ ?x249 ?x272)))
 (let ((?x683 (- ?x305)))
 (let ((?x370 (* 0.0 ?x683)))
 (let ((?x235 (+ ?x683 ?x370)))
 (let ((?x649 (+ 1.0 ?x683)))
 (let ((?x294 (* 0.0 ?x649)))
 (let ((?x153 (+ ?x294 ?x235)))
 (let ((?x645 (* ?x153 ?x605)))
 (let ((?x250 (* ?x153 ?x645)))
 (let ((?x401 (- ?x249)))
 (let ((?x620 (* ?x249 ?x401)))
 (let ((?x264 (/ 1.0 (* ?x272 ?x272))))
 (let ((?x227 (* ?x264 ?x620)))
 (let ((?x164 (+ ?x305 ?x227)))
 (let ((?x372 (- ?x164)))
 (let ((?x870 (* 0.0 ?x372)))
 (let ((?x443 (+ ?x372 ?x870)))
 (let ((?x299 (+ ?x870 ?x443)))
 (let ((?x554 (* ?x299 ?x605)))
 (let ((?x435 (+ ?x554 ?x250)))
 (let ((?x237 (/ ?x512 exp!6)))
 (let ((?x532 (* ?x237 ?x153)))
 (let ((?x327 (* ?x153 ?x532)))
 (let ((?x538 (* ?x237 ?x299)))
 (let ((?x615 (+ ?x538 ?x327)))
 (let ((?x672 (+ ?x615 ?x435)))
 (let ((?x458 (+ ?x370 ?x370)))
 (let ((?x488 (+ ?x649 ?x458)))
 (let ((?x416 (/ ?x249 exp!6)))
 (let ((?x871 (* ?x416 ?x488)))
 (let ((?x261 (* ?x488 ?x871)))
 (let ((?x265 (+ ?x870 ?x870)))
 (let ((?x496 (+ ?x372 ?x265)))
 (let ((?x418 (* ?x416 ?x496)))
 (let ((?x642 (+ ?x418 ?x261)))
 (let ((?x853 (+ ?x642 ?x672)))
 (or (and (distinct 0.0 ?x853) true))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x512 (/ ?x428 exp!1)))
(let ((?x324 (+ 1.0 ?x512)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x249 (/ ?x55 exp!1)))
(let ((?x272 (+ ?x249 ?x324)))
(=> (> ?x272 0.0) (= exp!6 ?x272)))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!304 () Real)
(declare-fun log!528 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!753 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (< 0.0 ?x597))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let (($x485 (= 0.0 ?x597)))
 (not $x485)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x403 (/ ?x144 exp!5)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x171 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x170 (* 0.0 ?x205)))
 (let ((?x292 (+ ?x170 ?x171)))
 (let ((?x162 (* ?x292 ?x403)))
 (let ((?x163 (* ?x292 ?x162)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x357 (+ ?x317 ?x318)))
 (let ((?x358 (+ ?x318 ?x357)))
 (let ((?x405 (* ?x358 ?x403)))
 (let ((?x276 (+ ?x405 ?x163)))
 (let ((?x168 (/ ?x596 exp!5)))
 (let ((?x293 (* ?x168 ?x292)))
 (let ((?x388 (* ?x292 ?x293)))
 (let ((?x169 (* ?x168 ?x358)))
 (let ((?x399 (+ ?x169 ?x388)))
 (let ((?x280 (+ ?x399 ?x276)))
 (let ((?x201 (+ ?x212 ?x212)))
 (let ((?x247 (+ ?x205 ?x201)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x178 ?x247)))
 (let ((?x252 (* ?x247 ?x251)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x346 (+ ?x181 ?x252)))
 (let ((?x281 (+ ?x346 ?x280)))
 (or (and (distinct 0.0 ?x281) true))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[1]|)))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!1))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x39 (< |logits[2]| |logits[1]|)))
 (= $x39 (< exp!3 exp!1))))
(assert
 (let (($x42 (< |logits[1]| |logits[2]|)))
 (= $x42 (< exp!1 exp!3))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!3 exp!2))))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[2]|)))
(assert
 (= (< log!304 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!304) (< exp!1 exp!4)))
(assert
 (= (< log!304 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!304) (< exp!2 exp!4)))
(assert
 (= (< log!304 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!304) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!304 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!304)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!528 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!528) (< exp!1 exp!5)))
(assert
 (= (< log!528 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!528) (< exp!2 exp!5)))
(assert
 (= (< log!528 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!528) (< exp!3 exp!5)))
(assert
 (= (< log!528 log!304) (< exp!5 exp!4)))
(assert
 (= (< log!304 log!528) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!528 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!528)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!753 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!753) (< exp!1 exp!6)))
(assert
 (= (< log!753 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!753) (< exp!2 exp!6)))
(assert
 (= (< log!753 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!753) (< exp!3 exp!6)))
(assert
 (= (< log!753 log!304) (< exp!6 exp!4)))
(assert
 (= (< log!304 log!753) (< exp!4 exp!6)))
(assert
 (= (< log!753 log!528) (< exp!6 exp!5)))
(assert
 (= (< log!528 log!753) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!753 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!753)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x512 (/ ?x428 exp!1)))
(let ((?x324 (+ 1.0 ?x512)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x249 (/ ?x55 exp!1)))
(let ((?x272 (+ ?x249 ?x324)))
(=> (> ?x272 0.0) (= exp!6 ?x272)))))))))
(check-sat)
(pop 1)
