; certjax: rule estimators.score_CategoricalLogits, obligation 'score_identity@2[1]', verdict proved
; 4 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[2]| |logits[0]|))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (< 0.0 ?x54))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x58 (= 0.0 ?x54)))
 (not $x58)))))))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let ((?x125 (/ ?x52 ?x54)))
 (let ((?x126 (- ?x125)))
 (let ((?x128 (+ 1.0 ?x126)))
 (let ((?x129 (* 0.0 ?x128)))
 (let ((?x127 (* 0.0 ?x126)))
 (let ((?x130 (+ ?x127 ?x129)))
 (let ((?x131 (+ ?x126 ?x130)))
 (let ((?x111 (/ ?x33 exp!5)))
 (let ((?x132 (* ?x111 ?x131)))
 (let ((?x133 (* |f[2]| ?x132)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x118 (- ?x116)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x117 (- ?x115)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x121 (/ ?x120 ?x54)))
 (let ((?x122 (* ?x52 ?x121)))
 (let ((?x123 (+ ?x116 ?x122)))
 (let ((?x124 (* ?x111 ?x123)))
 (or (and (distinct ?x124 ?x133) true)))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x84 (> ?x54 0.0)))
(=> $x84 (= exp!5 ?x54))))))))
(check-sat)
(pop 1)
; region 2 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (< 0.0 ?x522)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (< 0.0 ?x522)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let ((?x212 (/ ?x137 ?x522)))
 (let ((?x216 (- ?x212)))
 (let ((?x397 (+ 1.0 ?x216)))
 (let ((?x398 (* 0.0 ?x397)))
 (let ((?x218 (* 0.0 ?x216)))
 (let ((?x187 (+ ?x218 ?x398)))
 (let ((?x188 (+ ?x216 ?x187)))
 (let ((?x387 (/ 1.0 exp!7)))
 (let ((?x364 (* ?x387 ?x188)))
 (let ((?x370 (* |f[2]| ?x364)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x118 (- ?x116)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x117 (- ?x115)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x162 (/ ?x120 ?x522)))
 (let ((?x163 (* ?x137 ?x162)))
 (let ((?x164 (+ ?x116 ?x163)))
 (let ((?x202 (* ?x387 ?x164)))
 (or (and (distinct ?x202 ?x370) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (= (< |logits[1]| |logits[2]|) (< exp!3 exp!1)))
(assert
 (= (< |logits[2]| |logits[1]|) (< exp!1 exp!3)))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54)))))))))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54)))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!6 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!6))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!6 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!6))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!6 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x135 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x166 (> ?x522 0.0)))
 (=> $x166 (= exp!6 ?x522)))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!7 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!7))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!7 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!7))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!7 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!7))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!7 exp!6))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x137 (/ ?x51 exp!1)))
(let ((?x135 (/ (* 1.0 exp!2) exp!1)))
(let ((?x434 (+ ?x135 ?x137)))
(let ((?x522 (+ 1.0 ?x434)))
(let (($x166 (> ?x522 0.0)))
(=> $x166 (= exp!7 ?x522)))))))))
(check-sat)
(pop 1)
; region 3 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!9 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!243 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (< 0.0 ?x250))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x354 (= 0.0 ?x250)))
 (not $x354)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x354 (= 0.0 ?x250)))
 (not $x354)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x354 (= 0.0 ?x250)))
 (not $x354)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (< 0.0 ?x250))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x354 (= 0.0 ?x250)))
 (not $x354)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x354 (= 0.0 ?x250)))
 (not $x354)))))))))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let ((?x865 (/ 1.0 ?x250)))
 (let ((?x203 (- ?x865)))
 (let ((?x607 (+ 1.0 ?x203)))
 (let ((?x531 (* 0.0 ?x607)))
 (let ((?x864 (* 0.0 ?x203)))
 (let ((?x243 (+ ?x864 ?x531)))
 (let ((?x227 (+ ?x203 ?x243)))
 (let ((?x279 (/ ?x490 exp!9)))
 (let ((?x235 (* ?x279 ?x227)))
 (let ((?x414 (* |f[2]| ?x235)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x118 (- ?x116)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x117 (- ?x115)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x552 (/ ?x120 ?x250)))
 (let ((?x275 (+ ?x116 ?x552)))
 (let ((?x342 (* ?x279 ?x275)))
 (or (and (distinct ?x342 ?x414) true))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!6 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!6))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!6 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!6))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!6 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x166 (> ?x522 0.0)))
 (=> $x166 (= exp!6 ?x522))))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!7 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!7))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!7 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!7))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!7 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!7))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!7 exp!6))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x166 (> ?x522 0.0)))
 (=> $x166 (= exp!7 ?x522))))))))))
(assert
 (let (($x532 (< log!243 |logits[2]|)))
 (= $x532 (< exp!8 exp!1))))
(assert
 (let (($x580 (< |logits[2]| log!243)))
 (= $x580 (< exp!1 exp!8))))
(assert
 (let (($x530 (< log!243 |logits[0]|)))
 (= $x530 (< exp!8 exp!2))))
(assert
 (let (($x601 (< |logits[0]| log!243)))
 (= $x601 (< exp!2 exp!8))))
(assert
 (let (($x609 (< log!243 |logits[1]|)))
 (= $x609 (< exp!8 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!243)))
 (= $x602 (< exp!3 exp!8))))
(assert
 (let (($x501 (< log!243 log!111)))
 (= $x501 (< exp!8 exp!5))))
(assert
 (let (($x635 (< log!111 log!243)))
 (= $x635 (< exp!5 exp!8))))
(assert
 (let (($x467 (< log!243 log!176)))
 (= $x467 (< exp!8 exp!7))))
(assert
 (let (($x412 (< log!176 log!243)))
 (= $x412 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x308 (> log!243 0.0)))
 (= $x308 (> exp!8 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!243)))
 (>= exp!8 ?x223)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x170 (> ?x250 0.0)))
 (=> $x170 (= exp!8 ?x250))))))))))
(assert
 (let (($x532 (< log!243 |logits[2]|)))
 (= $x532 (< exp!9 exp!1))))
(assert
 (let (($x580 (< |logits[2]| log!243)))
 (= $x580 (< exp!1 exp!9))))
(assert
 (let (($x530 (< log!243 |logits[0]|)))
 (= $x530 (< exp!9 exp!2))))
(assert
 (let (($x601 (< |logits[0]| log!243)))
 (= $x601 (< exp!2 exp!9))))
(assert
 (let (($x609 (< log!243 |logits[1]|)))
 (= $x609 (< exp!9 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!243)))
 (= $x602 (< exp!3 exp!9))))
(assert
 (let (($x501 (< log!243 log!111)))
 (= $x501 (< exp!9 exp!5))))
(assert
 (let (($x635 (< log!111 log!243)))
 (= $x635 (< exp!5 exp!9))))
(assert
 (let (($x467 (< log!243 log!176)))
 (= $x467 (< exp!9 exp!7))))
(assert
 (let (($x412 (< log!176 log!243)))
 (= $x412 (< exp!7 exp!9))))
(assert
 (let (($x578 (< log!243 log!243)))
 (= $x578 (< exp!9 exp!8))))
(assert
 (let (($x578 (< log!243 log!243)))
 (= $x578 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x308 (> log!243 0.0)))
 (= $x308 (> exp!9 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!243)))
 (>= exp!9 ?x223)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x608 (/ ?x134 exp!3)))
(let ((?x573 (+ 1.0 ?x608)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x490 (/ ?x24 exp!3)))
(let ((?x250 (+ ?x490 ?x573)))
(let (($x170 (> ?x250 0.0)))
(=> $x170 (= exp!9 ?x250))))))))))
(check-sat)
(pop 1)
; region 4 of 4
(push 1)
(set-info :status unknown)
(declare-fun |logits[1]| () Real)
(declare-fun |logits[0]| () Real)
(declare-fun |logits[2]| () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!7 () Real)
(declare-fun |f[2]| () Real)
(declare-fun exp!4 () Real)
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!176 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!243 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (< 0.0 ?x522))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (< 0.0 ?x522))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x519 (= 0.0 ?x522)))
 (not $x519)))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let ((?x212 (/ ?x137 ?x522)))
 (let ((?x216 (- ?x212)))
 (let ((?x397 (+ 1.0 ?x216)))
 (let ((?x398 (* 0.0 ?x397)))
 (let ((?x218 (* 0.0 ?x216)))
 (let ((?x187 (+ ?x218 ?x398)))
 (let ((?x188 (+ ?x216 ?x187)))
 (let ((?x387 (/ 1.0 exp!7)))
 (let ((?x364 (* ?x387 ?x188)))
 (let ((?x370 (* |f[2]| ?x364)))
 (let ((?x114 (* |f[2]| 1.0)))
 (let ((?x112 (* 0.0 1.0)))
 (let ((?x115 (+ ?x112 ?x114)))
 (let ((?x116 (* 0.0 ?x115)))
 (let ((?x118 (- ?x116)))
 (let ((?x119 (+ ?x118 ?x118)))
 (let ((?x117 (- ?x115)))
 (let ((?x120 (+ ?x117 ?x119)))
 (let ((?x162 (/ ?x120 ?x522)))
 (let ((?x163 (* ?x137 ?x162)))
 (let ((?x164 (+ ?x116 ?x163)))
 (let ((?x202 (* ?x387 ?x164)))
 (or (and (distinct ?x202 ?x370) true)))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> |logits[2]| 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 |logits[2]|)))
(assert
 (let (($x16 (< |logits[0]| |logits[2]|)))
 (= $x16 (< exp!2 exp!1))))
(assert
 (let (($x19 (< |logits[2]| |logits[0]|)))
 (= $x19 (< exp!1 exp!2))))
(assert
 (> exp!2 0.0))
(assert
 (= (> |logits[0]| 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 |logits[0]|)))
(assert
 (let (($x35 (< |logits[1]| |logits[2]|)))
 (= $x35 (< exp!3 exp!1))))
(assert
 (let (($x38 (< |logits[2]| |logits[1]|)))
 (= $x38 (< exp!1 exp!3))))
(assert
 (let (($x10 (< |logits[1]| |logits[0]|)))
 (= $x10 (< exp!3 exp!2))))
(assert
 (let (($x7 (< |logits[0]| |logits[1]|)))
 (= $x7 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (= (> |logits[1]| 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 |logits[1]|)))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!4 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!4))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!4 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!4))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!4 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!4 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!4 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!4 ?x54))))))))))
(assert
 (let (($x60 (< log!111 |logits[2]|)))
 (= $x60 (< exp!5 exp!1))))
(assert
 (let (($x63 (< |logits[2]| log!111)))
 (= $x63 (< exp!1 exp!5))))
(assert
 (let (($x66 (< log!111 |logits[0]|)))
 (= $x66 (< exp!5 exp!2))))
(assert
 (let (($x69 (< |logits[0]| log!111)))
 (= $x69 (< exp!2 exp!5))))
(assert
 (let (($x72 (< log!111 |logits[1]|)))
 (= $x72 (< exp!5 exp!3))))
(assert
 (let (($x75 (< |logits[1]| log!111)))
 (= $x75 (< exp!3 exp!5))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!5 exp!4))))
(assert
 (let (($x100 (< log!111 log!111)))
 (= $x100 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x79 (> log!111 0.0)))
 (= $x79 (> exp!5 1.0))))
(assert
 (let ((?x82 (+ 1.0 log!111)))
 (>= exp!5 ?x82)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x84 (> ?x54 0.0)))
 (=> $x84 (= exp!5 ?x54))))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!6 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!6))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!6 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!6))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!6 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!6))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!6 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!6 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!6 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x166 (> ?x522 0.0)))
 (=> $x166 (= exp!6 ?x522))))))))))
(assert
 (let (($x456 (< log!176 |logits[2]|)))
 (= $x456 (< exp!7 exp!1))))
(assert
 (let (($x518 (< |logits[2]| log!176)))
 (= $x518 (< exp!1 exp!7))))
(assert
 (let (($x514 (< log!176 |logits[0]|)))
 (= $x514 (< exp!7 exp!2))))
(assert
 (let (($x406 (< |logits[0]| log!176)))
 (= $x406 (< exp!2 exp!7))))
(assert
 (let (($x512 (< log!176 |logits[1]|)))
 (= $x512 (< exp!7 exp!3))))
(assert
 (let (($x510 (< |logits[1]| log!176)))
 (= $x510 (< exp!3 exp!7))))
(assert
 (let (($x521 (< log!176 log!111)))
 (= $x521 (< exp!7 exp!5))))
(assert
 (let (($x498 (< log!111 log!176)))
 (= $x498 (< exp!5 exp!7))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!7 exp!6))))
(assert
 (let (($x315 (< log!176 log!176)))
 (= $x315 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x318 (> log!176 0.0)))
 (= $x318 (> exp!7 1.0))))
(assert
 (let ((?x327 (+ 1.0 log!176)))
 (>= exp!7 ?x327)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x137 (/ ?x51 exp!1)))
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x135 (/ ?x134 exp!1)))
 (let ((?x434 (+ ?x135 ?x137)))
 (let ((?x522 (+ 1.0 ?x434)))
 (let (($x166 (> ?x522 0.0)))
 (=> $x166 (= exp!7 ?x522))))))))))
(assert
 (let (($x532 (< log!243 |logits[2]|)))
 (= $x532 (< exp!8 exp!1))))
(assert
 (let (($x580 (< |logits[2]| log!243)))
 (= $x580 (< exp!1 exp!8))))
(assert
 (let (($x530 (< log!243 |logits[0]|)))
 (= $x530 (< exp!8 exp!2))))
(assert
 (let (($x601 (< |logits[0]| log!243)))
 (= $x601 (< exp!2 exp!8))))
(assert
 (let (($x609 (< log!243 |logits[1]|)))
 (= $x609 (< exp!8 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!243)))
 (= $x602 (< exp!3 exp!8))))
(assert
 (let (($x501 (< log!243 log!111)))
 (= $x501 (< exp!8 exp!5))))
(assert
 (let (($x635 (< log!111 log!243)))
 (= $x635 (< exp!5 exp!8))))
(assert
 (let (($x467 (< log!243 log!176)))
 (= $x467 (< exp!8 exp!7))))
(assert
 (let (($x412 (< log!176 log!243)))
 (= $x412 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x308 (> log!243 0.0)))
 (= $x308 (> exp!8 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!243)))
 (>= exp!8 ?x223)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
 (let ((?x608 (/ ?x134 exp!3)))
 (let ((?x573 (+ 1.0 ?x608)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x490 (/ ?x24 exp!3)))
 (let ((?x250 (+ ?x490 ?x573)))
 (let (($x170 (> ?x250 0.0)))
 (=> $x170 (= exp!8 ?x250))))))))))
(assert
 (let (($x532 (< log!243 |logits[2]|)))
 (= $x532 (< exp!9 exp!1))))
(assert
 (let (($x580 (< |logits[2]| log!243)))
 (= $x580 (< exp!1 exp!9))))
(assert
 (let (($x530 (< log!243 |logits[0]|)))
 (= $x530 (< exp!9 exp!2))))
(assert
 (let (($x601 (< |logits[0]| log!243)))
 (= $x601 (< exp!2 exp!9))))
(assert
 (let (($x609 (< log!243 |logits[1]|)))
 (= $x609 (< exp!9 exp!3))))
(assert
 (let (($x602 (< |logits[1]| log!243)))
 (= $x602 (< exp!3 exp!9))))
(assert
 (let (($x501 (< log!243 log!111)))
 (= $x501 (< exp!9 exp!5))))
(assert
 (let (($x635 (< log!111 log!243)))
 (= $x635 (< exp!5 exp!9))))
(assert
 (let (($x467 (< log!243 log!176)))
 (= $x467 (< exp!9 exp!7))))
(assert
 (let (($x412 (< log!176 log!243)))
 (= $x412 (< exp!7 exp!9))))
(assert
 (let (($x578 (< log!243 log!243)))
 (= $x578 (< exp!9 exp!8))))
(assert
 (let (($x578 (< log!243 log!243)))
 (= $x578 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x308 (> log!243 0.0)))
 (= $x308 (> exp!9 1.0))))
(assert
 (let ((?x223 (+ 1.0 log!243)))
 (>= exp!9 ?x223)))
(assert
 (let ((?x134 (* 1.0 exp!2)))
(let ((?x608 (/ ?x134 exp!3)))
(let ((?x573 (+ 1.0 ?x608)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x490 (/ ?x24 exp!3)))
(let ((?x250 (+ ?x490 ?x573)))
(let (($x170 (> ?x250 0.0)))
(=> $x170 (= exp!9 ?x250))))))))))
(check-sat)
(pop 1)
