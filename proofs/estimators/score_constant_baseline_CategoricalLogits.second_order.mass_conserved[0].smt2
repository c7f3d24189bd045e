; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'second_order.mass_conserved[0]', verdict proved
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
(declare-fun log!423 () Real)
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
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
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let (($x60 (= 0.0 ?x57)))
 (not $x60)))))))
(assert
 (let ((?x36 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (let ((?x61 (/ 1.0 ?x57)))
 (let ((?x108 (- ?x61)))
 (let ((?x110 (+ 1.0 ?x108)))
 (let ((?x111 (* 0.0 ?x110)))
 (let ((?x133 (+ ?x108 ?x111)))
 (let ((?x109 (* 0.0 ?x108)))
 (let ((?x134 (+ ?x109 ?x133)))
 (let ((?x131 (/ ?x36 exp!4)))
 (let ((?x135 (* ?x131 ?x134)))
 (let ((?x136 (* ?x134 ?x135)))
 (let ((?x63 (/ 1.0 (* ?x57 ?x57))))
 (let ((?x64 (- ?x63)))
 (let ((?x65 (+ ?x61 ?x64)))
 (let ((?x66 (- ?x65)))
 (let ((?x67 (* 0.0 ?x66)))
 (let ((?x117 (+ ?x66 ?x67)))
 (let ((?x118 (+ ?x67 ?x117)))
 (let ((?x132 (* ?x118 ?x131)))
 (let ((?x137 (+ ?x132 ?x136)))
 (let ((?x124 (+ ?x109 ?x110)))
 (let ((?x125 (+ ?x109 ?x124)))
 (let ((?x122 (/ 1.0 exp!4)))
 (let ((?x126 (* ?x122 ?x125)))
 (let ((?x127 (* ?x125 ?x126)))
 (let ((?x123 (* ?x118 ?x122)))
 (let ((?x128 (+ ?x123 ?x127)))
 (let ((?x138 (+ ?x128 ?x137)))
 (let ((?x112 (+ ?x109 ?x111)))
 (let ((?x113 (+ ?x108 ?x112)))
 (let ((?x106 (/ ?x56 exp!4)))
 (let ((?x114 (* ?x106 ?x113)))
 (let ((?x115 (* ?x113 ?x114)))
 (let ((?x68 (+ ?x67 ?x67)))
 (let ((?x69 (+ ?x66 ?x68)))
 (let ((?x107 (* ?x69 ?x106)))
 (let ((?x116 (+ ?x107 ?x115)))
 (let ((?x139 (+ ?x116 ?x138)))
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
 (= (< log!423 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!423) (< exp!1 exp!4)))
(assert
 (= (< log!423 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!423) (< exp!2 exp!4)))
(assert
 (= (< log!423 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!423) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!423 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!423)))
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
(declare-fun log!423 () Real)
(declare-fun log!648 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591)))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x590 (/ (* 1.0 exp!2) exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x272 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x276 (+ ?x313 ?x272)))
 (let ((?x162 (/ ?x144 exp!5)))
 (let ((?x277 (* ?x162 ?x276)))
 (let ((?x278 (* ?x276 ?x277)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x214 (+ ?x582 ?x583)))
 (let ((?x342 (+ ?x583 ?x214)))
 (let ((?x163 (* ?x342 ?x162)))
 (let ((?x280 (+ ?x163 ?x278)))
 (let ((?x392 (+ ?x313 ?x314)))
 (let ((?x168 (+ ?x313 ?x392)))
 (let ((?x389 (/ ?x590 exp!5)))
 (let ((?x169 (* ?x389 ?x168)))
 (let ((?x170 (* ?x168 ?x169)))
 (let ((?x390 (* ?x342 ?x389)))
 (let ((?x171 (+ ?x390 ?x170)))
 (let ((?x283 (+ ?x171 ?x280)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x207 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x217 (+ ?x302 ?x207)))
 (let ((?x284 (+ ?x217 ?x283)))
 (or (and (distinct 0.0 ?x284) true)))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!423 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!423) (< exp!1 exp!4)))
(assert
 (= (< log!423 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!423) (< exp!2 exp!4)))
(assert
 (= (< log!423 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!423) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!423 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!423)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x56 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57))))))))
(assert
 (= (< log!648 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!648) (< exp!1 exp!5)))
(assert
 (= (< log!648 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!648) (< exp!2 exp!5)))
(assert
 (= (< log!648 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!648) (< exp!3 exp!5)))
(assert
 (= (< log!648 log!423) (< exp!5 exp!4)))
(assert
 (= (< log!423 log!648) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!648 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!648)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
(let ((?x144 (/ ?x9 exp!3)))
(let ((?x590 (/ (* 1.0 exp!2) exp!3)))
(let ((?x578 (+ ?x590 ?x144)))
(let ((?x591 (+ 1.0 ?x578)))
(=> (> ?x591 0.0) (= exp!5 ?x591))))))))
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
(declare-fun log!423 () Real)
(declare-fun exp!5 () Real)
(declare-fun log!648 () Real)
(declare-fun log!873 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let (($x157 (= 0.0 ?x149)))
 (not $x157)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let (($x157 (= 0.0 ?x149)))
 (not $x157)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (< 0.0 ?x149))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let (($x157 (= 0.0 ?x149)))
 (not $x157)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let (($x157 (= 0.0 ?x149)))
 (not $x157)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let (($x157 (= 0.0 ?x149)))
 (not $x157)))))))))
(assert
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x455 (/ ?x421 exp!1)))
 (let ((?x550 (+ 1.0 ?x455)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x867 (/ ?x55 exp!1)))
 (let ((?x149 (+ ?x867 ?x550)))
 (let ((?x395 (/ ?x455 ?x149)))
 (let ((?x248 (- ?x395)))
 (let ((?x274 (+ 1.0 ?x248)))
 (let ((?x189 (* 0.0 ?x274)))
 (let ((?x318 (+ ?x248 ?x189)))
 (let ((?x261 (* 0.0 ?x248)))
 (let ((?x608 (+ ?x261 ?x318)))
 (let ((?x478 (/ 1.0 exp!6)))
 (let ((?x670 (* ?x478 ?x608)))
 (let ((?x863 (* ?x608 ?x670)))
 (let ((?x553 (/ 1.0 (* ?x149 ?x149))))
 (let ((?x160 (- ?x455)))
 (let ((?x525 (* ?x455 ?x160)))
 (let ((?x649 (* ?x525 ?x553)))
 (let ((?x308 (+ ?x395 ?x649)))
 (let ((?x377 (- ?x308)))
 (let ((?x668 (* 0.0 ?x377)))
 (let ((?x513 (+ ?x377 ?x668)))
 (let ((?x881 (+ ?x668 ?x513)))
 (let ((?x220 (* ?x881 ?x478)))
 (let ((?x868 (+ ?x220 ?x863)))
 (let ((?x669 (+ ?x261 ?x274)))
 (let ((?x883 (+ ?x261 ?x669)))
 (let ((?x344 (/ ?x455 exp!6)))
 (let ((?x680 (* ?x344 ?x883)))
 (let ((?x420 (* ?x883 ?x680)))
 (let ((?x418 (* ?x881 ?x344)))
 (let ((?x612 (+ ?x418 ?x420)))
 (let ((?x640 (+ ?x612 ?x868)))
 (let ((?x427 (+ ?x261 ?x189)))
 (let ((?x886 (+ ?x248 ?x427)))
 (let ((?x606 (/ ?x867 exp!6)))
 (let ((?x605 (* ?x606 ?x886)))
 (let ((?x259 (* ?x886 ?x605)))
 (let ((?x275 (+ ?x668 ?x668)))
 (let ((?x216 (+ ?x377 ?x275)))
 (let ((?x394 (* ?x216 ?x606)))
 (let ((?x332 (+ ?x394 ?x259)))
 (let ((?x639 (+ ?x332 ?x640)))
 (or (and (distinct 0.0 ?x639) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!423 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!423) (< exp!1 exp!4)))
(assert
 (= (< log!423 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!423) (< exp!2 exp!4)))
(assert
 (= (< log!423 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!423) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!423 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!423)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!648 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!648) (< exp!1 exp!5)))
(assert
 (= (< log!648 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!648) (< exp!2 exp!5)))
(assert
 (= (< log!648 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!648) (< exp!3 exp!5)))
(assert
 (= (< log!648 log!423) (< exp!5 exp!4)))
(assert
 (= (< log!423 log!648) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!648 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!648)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!873 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!873) (< exp!1 exp!6)))
(assert
 (= (< log!873 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!873) (< exp!2 exp!6)))
(assert
 (= (< log!873 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!873) (< exp!3 exp!6)))
(assert
 (= (< log!873 log!423) (< exp!6 exp!4)))
(assert
 (= (< log!423 log!873) (< exp!4 exp!6)))
(assert
 (= (< log!873 log!648) (< exp!6 exp!5)))
(assert
 (= (< log!648 log!873) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!873 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!873)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x455 (/ ?x421 exp!1)))
(let ((?x550 (+ 1.0 ?x455)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x867 (/ ?x55 exp!1)))
(let ((?x149 (+ ?x867 ?x550)))
(=> (> ?x149 0.0) (= exp!6 ?x149)))))))))
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
(declare-fun log!423 () Real)
(declare-fun log!648 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!873 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (< 0.0 ?x591))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let (($x588 (= 0.0 ?x591)))
 (not $x588)))))))))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (let ((?x480 (/ ?x590 ?x591)))
 (let ((?x303 (- ?x480)))
 (let ((?x314 (+ 1.0 ?x303)))
 (let ((?x311 (* 0.0 ?x314)))
 (let ((?x272 (+ ?x303 ?x311)))
 (let ((?x313 (* 0.0 ?x303)))
 (let ((?x276 (+ ?x313 ?x272)))
 (let ((?x162 (/ ?x144 exp!5)))
 (let ((?x277 (* ?x162 ?x276)))
 (let ((?x278 (* ?x276 ?x277)))
 (let ((?x585 (/ 1.0 (* ?x591 ?x591))))
 (let ((?x438 (- ?x590)))
 (let ((?x462 (* ?x590 ?x438)))
 (let ((?x586 (* ?x462 ?x585)))
 (let ((?x472 (+ ?x480 ?x586)))
 (let ((?x582 (- ?x472)))
 (let ((?x583 (* 0.0 ?x582)))
 (let ((?x214 (+ ?x582 ?x583)))
 (let ((?x342 (+ ?x583 ?x214)))
 (let ((?x163 (* ?x342 ?x162)))
 (let ((?x280 (+ ?x163 ?x278)))
 (let ((?x392 (+ ?x313 ?x314)))
 (let ((?x168 (+ ?x313 ?x392)))
 (let ((?x389 (/ ?x590 exp!5)))
 (let ((?x169 (* ?x389 ?x168)))
 (let ((?x170 (* ?x168 ?x169)))
 (let ((?x390 (* ?x342 ?x389)))
 (let ((?x171 (+ ?x390 ?x170)))
 (let ((?x283 (+ ?x171 ?x280)))
 (let ((?x312 (+ ?x313 ?x311)))
 (let ((?x179 (+ ?x303 ?x312)))
 (let ((?x206 (/ 1.0 exp!5)))
 (let ((?x176 (* ?x206 ?x179)))
 (let ((?x207 (* ?x179 ?x176)))
 (let ((?x464 (+ ?x583 ?x583)))
 (let ((?x577 (+ ?x582 ?x464)))
 (let ((?x302 (* ?x577 ?x206)))
 (let ((?x217 (+ ?x302 ?x207)))
 (let ((?x284 (+ ?x217 ?x283)))
 (or (and (distinct 0.0 ?x284) true))))))))))))))))))))))))))))))))))))))))))))))))
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
 (= (< log!423 |logits[1]|) (< exp!4 exp!1)))
(assert
 (= (< |logits[1]| log!423) (< exp!1 exp!4)))
(assert
 (= (< log!423 |logits[0]|) (< exp!4 exp!2)))
(assert
 (= (< |logits[0]| log!423) (< exp!2 exp!4)))
(assert
 (= (< log!423 |logits[2]|) (< exp!4 exp!3)))
(assert
 (= (< |logits[2]| log!423) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> log!423 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 log!423)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x36 (/ ?x9 exp!2)))
 (let ((?x37 (+ 1.0 ?x36)))
 (let ((?x55 (* 1.0 exp!3)))
 (let ((?x56 (/ ?x55 exp!2)))
 (let ((?x57 (+ ?x56 ?x37)))
 (=> (> ?x57 0.0) (= exp!4 ?x57)))))))))
(assert
 (= (< log!648 |logits[1]|) (< exp!5 exp!1)))
(assert
 (= (< |logits[1]| log!648) (< exp!1 exp!5)))
(assert
 (= (< log!648 |logits[0]|) (< exp!5 exp!2)))
(assert
 (= (< |logits[0]| log!648) (< exp!2 exp!5)))
(assert
 (= (< log!648 |logits[2]|) (< exp!5 exp!3)))
(assert
 (= (< |logits[2]| log!648) (< exp!3 exp!5)))
(assert
 (= (< log!648 log!423) (< exp!5 exp!4)))
(assert
 (= (< log!423 log!648) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> log!648 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 log!648)))
(assert
 (let ((?x9 (* 1.0 exp!1)))
 (let ((?x144 (/ ?x9 exp!3)))
 (let ((?x421 (* 1.0 exp!2)))
 (let ((?x590 (/ ?x421 exp!3)))
 (let ((?x578 (+ ?x590 ?x144)))
 (let ((?x591 (+ 1.0 ?x578)))
 (=> (> ?x591 0.0) (= exp!5 ?x591)))))))))
(assert
 (= (< log!873 |logits[1]|) (< exp!6 exp!1)))
(assert
 (= (< |logits[1]| log!873) (< exp!1 exp!6)))
(assert
 (= (< log!873 |logits[0]|) (< exp!6 exp!2)))
(assert
 (= (< |logits[0]| log!873) (< exp!2 exp!6)))
(assert
 (= (< log!873 |logits[2]|) (< exp!6 exp!3)))
(assert
 (= (< |logits[2]| log!873) (< exp!3 exp!6)))
(assert
 (= (< log!873 log!423) (< exp!6 exp!4)))
(assert
 (= (< log!423 log!873) (< exp!4 exp!6)))
(assert
 (= (< log!873 log!648) (< exp!6 exp!5)))
(assert
 (= (< log!648 log!873) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> log!873 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 log!873)))
(assert
 (let ((?x421 (* 1.0 exp!2)))
(let ((?x455 (/ ?x421 exp!1)))
(let ((?x550 (+ 1.0 ?x455)))
(let ((?x55 (* 1.0 exp!3)))
(let ((?x867 (/ ?x55 exp!1)))
(let ((?x149 (+ ?x867 ?x550)))
(=> (> ?x149 0.0) (= exp!6 ?x149)))))))))
(check-sat)
(pop 1)
