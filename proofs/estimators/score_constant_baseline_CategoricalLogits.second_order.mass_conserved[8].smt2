; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[8]', verdict proved
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
(declare-fun log!420 () Real)
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
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
 (let ((?x280 (/ ?x144 exp!5)))
 (let ((?x596 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x170 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x169 (* 0.0 ?x205)))
 (let ((?x171 (+ ?x169 ?x170)))
 (let ((?x282 (* ?x171 ?x280)))
 (let ((?x284 (* ?x171 ?x282)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x247 (+ ?x317 ?x318)))
 (let ((?x251 (+ ?x318 ?x247)))
 (let ((?x281 (* ?x251 ?x280)))
 (let ((?x287 (+ ?x281 ?x284)))
 (let ((?x252 (/ ?x596 exp!5)))
 (let ((?x292 (* ?x252 ?x171)))
 (let ((?x293 (* ?x171 ?x292)))
 (let ((?x168 (* ?x252 ?x251)))
 (let ((?x162 (+ ?x168 ?x293)))
 (let ((?x288 (+ ?x162 ?x287)))
 (let ((?x346 (+ ?x212 ?x212)))
 (let ((?x368 (+ ?x205 ?x346)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x379 (* ?x178 ?x368)))
 (let ((?x352 (* ?x368 ?x379)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x373 (+ ?x181 ?x352)))
 (let ((?x285 (+ ?x373 ?x288)))
 (or (and (distinct 0.0 ?x285) true)))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
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
(declare-fun log!420 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!644 () Real)
(declare-fun log!869 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (< 0.0 ?x440))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let (($x662 (= 0.0 ?x440)))
 (not $x662)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let (($x662 (= 0.0 ?x440)))
 (not $x662)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let (($x662 (= 0.0 ?x440)))
 (not $x662)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let (($x662 (= 0.0 ?x440)))
 (not $x662)))))))))
(assert
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let (($x662 (= 0.0 ?x440)))
 (not $x662)))))))))
(assert
 (let ((?x550 (/ 1.0 exp!6)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x308 (/ ?x428 exp!1)))
 (let ((?x211 (+ 1.0 ?x308)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x377 (/ ?x55 exp!1)))
 (let ((?x440 (+ ?x377 ?x211)))
 (let ((?x477 (/ ?x377 ?x440)))
 (let ((?x259 (- ?x477)))
 (let ((?x382 (* 0.0 ?x259)))
 (let ((?x310 (+ ?x259 ?x382)))
 (let ((?x263 (+ 1.0 ?x259)))
 (let ((?x410 (* 0.0 ?x263)))
 (let ((?x227 (+ ?x410 ?x310)))
 (let ((?x683 (* ?x227 ?x550)))
 (let ((?x387 (* ?x227 ?x683)))
 (let ((?x621 (- ?x377)))
 (let ((?x537 (* ?x377 ?x621)))
 (let ((?x245 (/ 1.0 (* ?x440 ?x440))))
 (let ((?x264 (* ?x245 ?x537)))
 (let ((?x231 (+ ?x477 ?x264)))
 (let ((?x354 (- ?x231)))
 (let ((?x872 (* 0.0 ?x354)))
 (let ((?x235 (+ ?x354 ?x872)))
 (let ((?x325 (+ ?x872 ?x235)))
 (let ((?x493 (* ?x325 ?x550)))
 (let ((?x437 (+ ?x493 ?x387)))
 (let ((?x422 (/ ?x308 exp!6)))
 (let ((?x663 (* ?x422 ?x227)))
 (let ((?x650 (* ?x227 ?x663)))
 (let ((?x384 (* ?x422 ?x325)))
 (let ((?x526 (+ ?x384 ?x650)))
 (let ((?x417 (+ ?x526 ?x437)))
 (let ((?x353 (+ ?x382 ?x382)))
 (let ((?x620 (+ ?x263 ?x353)))
 (let ((?x336 (/ ?x377 exp!6)))
 (let ((?x873 (* ?x336 ?x620)))
 (let ((?x215 (* ?x620 ?x873)))
 (let ((?x405 (+ ?x872 ?x872)))
 (let ((?x409 (+ ?x354 ?x405)))
 (let ((?x250 (* ?x336 ?x409)))
 (let ((?x275 (+ ?x250 ?x215)))
 (let ((?x855 (+ ?x275 ?x417)))
 (or (and (distinct 0.0 ?x855) true))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x308 (/ ?x428 exp!1)))
(let ((?x211 (+ 1.0 ?x308)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x377 (/ ?x55 exp!1)))
(let ((?x440 (+ ?x377 ?x211)))
(=> (> ?x440 0.0) (= exp!6 ?x440)))))))))
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
(declare-fun log!420 () Real)
(declare-fun log!644 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!869 () Real)
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
 (let ((?x280 (/ ?x144 exp!5)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (let ((?x200 (/ 1.0 ?x597)))
 (let ((?x209 (- ?x200)))
 (let ((?x212 (* 0.0 ?x209)))
 (let ((?x170 (+ ?x209 ?x212)))
 (let ((?x205 (+ 1.0 ?x209)))
 (let ((?x169 (* 0.0 ?x205)))
 (let ((?x171 (+ ?x169 ?x170)))
 (let ((?x282 (* ?x171 ?x280)))
 (let ((?x284 (* ?x171 ?x282)))
 (let ((?x243 (/ 1.0 (* ?x597 ?x597))))
 (let ((?x306 (- ?x243)))
 (let ((?x307 (+ ?x200 ?x306)))
 (let ((?x317 (- ?x307)))
 (let ((?x318 (* 0.0 ?x317)))
 (let ((?x247 (+ ?x317 ?x318)))
 (let ((?x251 (+ ?x318 ?x247)))
 (let ((?x281 (* ?x251 ?x280)))
 (let ((?x287 (+ ?x281 ?x284)))
 (let ((?x252 (/ ?x596 exp!5)))
 (let ((?x292 (* ?x252 ?x171)))
 (let ((?x293 (* ?x171 ?x292)))
 (let ((?x168 (* ?x252 ?x251)))
 (let ((?x162 (+ ?x168 ?x293)))
 (let ((?x288 (+ ?x162 ?x287)))
 (let ((?x346 (+ ?x212 ?x212)))
 (let ((?x368 (+ ?x205 ?x346)))
 (let ((?x178 (/ 1.0 exp!5)))
 (let ((?x379 (* ?x178 ?x368)))
 (let ((?x352 (* ?x368 ?x379)))
 (let ((?x315 (+ ?x318 ?x318)))
 (let ((?x316 (+ ?x317 ?x315)))
 (let ((?x181 (* ?x178 ?x316)))
 (let ((?x373 (+ ?x181 ?x352)))
 (let ((?x285 (+ ?x373 ?x288)))
 (or (and (distinct 0.0 ?x285) true))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!420 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!420) (< exp!1 exp!4)))
(assert
 (= (< log!420 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!420) (< exp!2 exp!4)))
(assert
 (= (< log!420 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!420) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!420 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!420)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!644 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!644) (< exp!1 exp!5)))
(assert
 (= (< log!644 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!644) (< exp!2 exp!5)))
(assert
 (= (< log!644 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!644) (< exp!3 exp!5)))
(assert
 (= (< log!644 log!420) (< exp!5 exp!4)))
(assert
 (= (< log!420 log!644) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!644 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!644)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x428 (* 1.0 exp!2)))
 (let ((?x596 (/ ?x428 exp!3)))
 (let ((?x584 (+ ?x596 ?x144)))
 (let ((?x597 (+ 1.0 ?x584)))
 (=> (> ?x597 0.0) (= exp!5 ?x597)))))))))
(assert
 (= (< log!869 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!869) (< exp!1 exp!6)))
(assert
 (= (< log!869 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!869) (< exp!2 exp!6)))
(assert
 (= (< log!869 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!869) (< exp!3 exp!6)))
(assert
 (= (< log!869 log!420) (< exp!6 exp!4)))
(assert
 (= (< log!420 log!869) (< exp!4 exp!6)))
(assert
 (= (< log!869 log!644) (< exp!6 exp!5)))
(assert
 (= (< log!644 log!869) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!869 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!869)))
(assert
 (let ((?x428 (* 1.0 exp!2)))
(let ((?x308 (/ ?x428 exp!1)))
(let ((?x211 (+ 1.0 ?x308)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x377 (/ ?x55 exp!1)))
(let ((?x440 (+ ?x377 ?x211)))
(=> (> ?x440 0.0) (= exp!6 ?x440)))))))))
(check-sat)
(pop 1)
