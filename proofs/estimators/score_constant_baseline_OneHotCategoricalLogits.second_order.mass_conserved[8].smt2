; certjax: rule estimators.score_constant_baseline_OneHotCategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
(declare-fun log!414 () Real)
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
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
 (let ((?x287 (/ ?x144 exp!5)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x280 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x276 (* 0.0 ?x205)))
 (let ((?x281 (+ ?x276 ?x280)))
 (let ((?x285 (* ?x281 ?x287)))
 (let ((?x286 (* ?x281 ?x285)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x292 (+ ?x317 ?x318)))
 (let ((?x293 (+ ?x318 ?x292)))
 (let ((?x288 (* ?x293 ?x287)))
 (let ((?x174 (+ ?x288 ?x286)))
 (let ((?x162 (/ ?x596 exp!5)))
 (let ((?x282 (* ?x162 ?x281)))
 (let ((?x284 (* ?x281 ?x282)))
 (let ((?x163 (* ?x162 ?x293)))
 (let ((?x408 (+ ?x163 ?x284)))
 (let ((?x183 (+ ?x408 ?x174)))
 (let ((?x201 (+ ?x212 ?x212)))
 (let ((?x247 (+ ?x205 ?x201)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x178 ?x247)))
 (let ((?x252 (* ?x247 ?x251)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x168 (+ ?x181 ?x252)))
 (let ((?x216 (+ ?x168 ?x183)))
 (or (and (distinct 0.0 ?x216) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
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
(declare-fun log!414 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!638 () Real)
(declare-fun log!863 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (< 0.0 ?x365))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let (($x686 (= 0.0 ?x365)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let (($x686 (= 0.0 ?x365)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let (($x686 (= 0.0 ?x365)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let (($x686 (= 0.0 ?x365)))
 (not $x686)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let (($x686 (= 0.0 ?x365)))
 (not $x686)))))))))
(assert
 (let ((?x550 (/ 1.0 exp!6)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x616 (/ ?x428 exp!1)))
 (let ((?x166 (+ 1.0 ?x616)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x853 (/ ?x55 exp!1)))
 (let ((?x365 (+ ?x853 ?x166)))
 (let ((?x663 (/ ?x853 ?x365)))
 (let ((?x334 (- ?x663)))
 (let ((?x381 (* 0.0 ?x334)))
 (let ((?x268 (+ ?x334 ?x381)))
 (let ((?x332 (+ 1.0 ?x334)))
 (let ((?x379 (* 0.0 ?x332)))
 (let ((?x869 (+ ?x379 ?x268)))
 (let ((?x688 (* ?x869 ?x550)))
 (let ((?x232 (* ?x869 ?x688)))
 (let ((?x432 (- ?x853)))
 (let ((?x483 (* ?x853 ?x432)))
 (let ((?x340 (/ 1.0 (* ?x365 ?x365))))
 (let ((?x392 (* ?x340 ?x483)))
 (let ((?x683 (+ ?x663 ?x392)))
 (let ((?x211 (- ?x683)))
 (let ((?x871 (* 0.0 ?x211)))
 (let ((?x226 (+ ?x211 ?x871)))
 (let ((?x187 (+ ?x871 ?x226)))
 (let ((?x531 (* ?x187 ?x550)))
 (let ((?x500 (+ ?x531 ?x232)))
 (let ((?x266 (/ ?x616 exp!6)))
 (let ((?x559 (* ?x266 ?x869)))
 (let ((?x224 (* ?x869 ?x559)))
 (let ((?x659 (* ?x266 ?x187)))
 (let ((?x449 (+ ?x659 ?x224)))
 (let ((?x339 (+ ?x449 ?x500)))
 (let ((?x619 (+ ?x381 ?x381)))
 (let ((?x349 (+ ?x332 ?x619)))
 (let ((?x493 (/ ?x853 exp!6)))
 (let ((?x872 (* ?x493 ?x349)))
 (let ((?x364 (* ?x349 ?x872)))
 (let ((?x639 (+ ?x871 ?x871)))
 (let ((?x409 (+ ?x211 ?x639)))
 (let ((?x646 (* ?x493 ?x409)))
 (let ((?x277 (+ ?x646 ?x364)))
 (let ((?x854 (+ ?x277 ?x339)))
 (or (and (distinct 0.0 ?x854) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x616 (/ ?x428 exp!1)))
(let ((?x166 (+ 1.0 ?x616)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x853 (/ ?x55 exp!1)))
(let ((?x365 (+ ?x853 ?x166)))
(=> (> ?x365 0.0) (= exp!6 ?x365)))))))))
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
(declare-fun log!414 () Real)
(declare-fun log!638 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!863 () Real)
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
 (let ((?x287 (/ ?x144 exp!5)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x280 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x276 (* 0.0 ?x205)))
 (let ((?x281 (+ ?x276 ?x280)))
 (let ((?x285 (* ?x281 ?x287)))
 (let ((?x286 (* ?x281 ?x285)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x292 (+ ?x317 ?x318)))
 (let ((?x293 (+ ?x318 ?x292)))
 (let ((?x288 (* ?x293 ?x287)))
 (let ((?x174 (+ ?x288 ?x286)))
 (let ((?x162 (/ ?x596 exp!5)))
 (let ((?x282 (* ?x162 ?x281)))
 (let ((?x284 (* ?x281 ?x282)))
 (let ((?x163 (* ?x162 ?x293)))
 (let ((?x408 (+ ?x163 ?x284)))
 (let ((?x183 (+ ?x408 ?x174)))
 (let ((?x201 (+ ?x212 ?x212)))
 (let ((?x247 (+ ?x205 ?x201)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x251 (* ?x178 ?x247)))
 (let ((?x252 (* ?x247 ?x251)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x168 (+ ?x181 ?x252)))
 (let ((?x216 (+ ?x168 ?x183)))
 (or (and (distinct 0.0 ?x216) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!414 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!414) (< exp!1 exp!4)))
(assert
 (= (< log!414 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!414) (< exp!2 exp!4)))
(assert
 (= (< log!414 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!414) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!414 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!414)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!638 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!638) (< exp!1 exp!5)))
(assert
 (= (< log!638 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!638) (< exp!2 exp!5)))
(assert
 (= (< log!638 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!638) (< exp!3 exp!5)))
(assert
 (= (< log!638 log!414) (< exp!5 exp!4)))
(assert
 (= (< log!414 log!638) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!638 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!638)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!863 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!863) (< exp!1 exp!6)))
(assert
 (= (< log!863 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!863) (< exp!2 exp!6)))
(assert
 (= (< log!863 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!863) (< exp!3 exp!6)))
(assert
 (= (< log!863 log!414) (< exp!6 exp!4)))
(assert
 (= (< log!414 log!863) (< exp!4 exp!6)))
(assert
 (= (< log!863 log!638) (< exp!6 exp!5)))
(assert
 (= (< log!638 log!863) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!863 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!863)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x616 (/ ?x428 exp!1)))
(let ((?x166 (+ 1.0 ?x616)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x853 (/ ?x55 exp!1)))
(let ((?x365 (+ ?x853 ?x166)))
(=> (> ?x365 0.0) (= exp!6 ?x365)))))))))
(check-sat)
(pop 1)
