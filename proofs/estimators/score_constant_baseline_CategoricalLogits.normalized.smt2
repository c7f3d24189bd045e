; certjax: rule estimators.score_constant_baseline_CategoricalLogits, obligation 'normalized', verdict proved
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
(declare-fun exp!4 () Real)
(declare-fun log!56 () Real)
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
 (let ((?x111 (/ ?x52 exp!5)))
 (let ((?x110 (/ 1.0 exp!5)))
 (let ((?x112 (+ ?x110 ?x111)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x109 (/ ?x33 exp!5)))
 (let ((?x113 (+ ?x109 ?x112)))
 (or (and (distinct 1.0 ?x113) true))))))))))
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
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))
(assert
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x52 (/ (* 1.0 exp!3) exp!2)))
(let ((?x53 (+ 1.0 ?x52)))
(let ((?x33 (/ (* 1.0 exp!1) exp!2)))
(let ((?x54 (+ ?x33 ?x53)))
(let (($x82 (> ?x54 0.0)))
(=> $x82 (= exp!5 ?x54))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!56 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!82 () Real)
(assert
 true)
(assert
 (< |logits[1]| |logits[0]|))
(assert
 (< |logits[0]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (< 0.0 ?x483)))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x359 (/ ?x117 exp!7)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x358 (/ ?x115 exp!7)))
 (let ((?x355 (+ ?x358 ?x359)))
 (let ((?x357 (/ 1.0 exp!7)))
 (let ((?x356 (+ ?x357 ?x355)))
 (or (and (distinct 1.0 ?x356) true)))))))))))
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
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54)))))))))
(assert
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x33 (/ (* 1.0 exp!1) exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54)))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!6 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!6 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x115 (/ (* 1.0 exp!2) exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x206 (> ?x483 0.0)))
 (=> $x206 (= exp!6 ?x483)))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!7 exp!6))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!7 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!7 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
(let ((?x117 (/ ?x51 exp!1)))
(let ((?x115 (/ (* 1.0 exp!2) exp!1)))
(let ((?x404 (+ ?x115 ?x117)))
(let ((?x483 (+ 1.0 ?x404)))
(let (($x206 (> ?x483 0.0)))
(=> $x206 (= exp!7 ?x483)))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!56 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!82 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!110 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[2]| |logits[1]|))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x209 (/ ?x114 exp!3)))
 (let ((?x795 (+ 1.0 ?x209)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x24 exp!3)))
 (let ((?x416 (+ ?x146 ?x795)))
 (< 0.0 ?x416))))))))
(assert
 (let ((?x264 (/ 1.0 exp!9)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x209 (/ ?x114 exp!3)))
 (let ((?x230 (/ ?x209 exp!9)))
 (let ((?x428 (+ ?x230 ?x264)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x24 exp!3)))
 (let ((?x585 (/ ?x146 exp!9)))
 (let ((?x446 (+ ?x585 ?x428)))
 (or (and (distinct 1.0 ?x446) true))))))))))))
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
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))))
(assert
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54))))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!6 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!6 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x206 (> ?x483 0.0)))
 (=> $x206 (= exp!6 ?x483))))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!7 exp!6))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!7 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!7 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x206 (> ?x483 0.0)))
 (=> $x206 (= exp!7 ?x483))))))))))
(assert
 (let (($x375 (< log!110 |logits[2]|)))
 (= $x375 (< exp!8 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!110)))
 (= $x607 (< exp!1 exp!8))))
(assert
 (let (($x225 (< log!110 |logits[0]|)))
 (= $x225 (< exp!8 exp!2))))
(assert
 (let (($x275 (< |logits[0]| log!110)))
 (= $x275 (< exp!2 exp!8))))
(assert
 (let (($x254 (< log!110 |logits[1]|)))
 (= $x254 (< exp!8 exp!3))))
(assert
 (let (($x354 (< |logits[1]| log!110)))
 (= $x354 (< exp!3 exp!8))))
(assert
 (let (($x586 (< log!110 log!56)))
 (= $x586 (< exp!8 exp!5))))
(assert
 (let (($x559 (< log!56 log!110)))
 (= $x559 (< exp!5 exp!8))))
(assert
 (let (($x504 (< log!110 log!82)))
 (= $x504 (< exp!8 exp!7))))
(assert
 (let (($x433 (< log!82 log!110)))
 (= $x433 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x381 (> log!110 0.0)))
 (= $x381 (> exp!8 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!110)))
 (>= exp!8 ?x248)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x209 (/ ?x114 exp!3)))
 (let ((?x795 (+ 1.0 ?x209)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x24 exp!3)))
 (let ((?x416 (+ ?x146 ?x795)))
 (let (($x202 (> ?x416 0.0)))
 (=> $x202 (= exp!8 ?x416))))))))))
(assert
 (let (($x375 (< log!110 |logits[2]|)))
 (= $x375 (< exp!9 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!110)))
 (= $x607 (< exp!1 exp!9))))
(assert
 (let (($x225 (< log!110 |logits[0]|)))
 (= $x225 (< exp!9 exp!2))))
(assert
 (let (($x275 (< |logits[0]| log!110)))
 (= $x275 (< exp!2 exp!9))))
(assert
 (let (($x254 (< log!110 |logits[1]|)))
 (= $x254 (< exp!9 exp!3))))
(assert
 (let (($x354 (< |logits[1]| log!110)))
 (= $x354 (< exp!3 exp!9))))
(assert
 (let (($x586 (< log!110 log!56)))
 (= $x586 (< exp!9 exp!5))))
(assert
 (let (($x559 (< log!56 log!110)))
 (= $x559 (< exp!5 exp!9))))
(assert
 (let (($x504 (< log!110 log!82)))
 (= $x504 (< exp!9 exp!7))))
(assert
 (let (($x433 (< log!82 log!110)))
 (= $x433 (< exp!7 exp!9))))
(assert
 (let (($x343 (< log!110 log!110)))
 (= $x343 (< exp!9 exp!8))))
(assert
 (let (($x343 (< log!110 log!110)))
 (= $x343 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x381 (> log!110 0.0)))
 (= $x381 (> exp!9 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!110)))
 (>= exp!9 ?x248)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
(let ((?x209 (/ ?x114 exp!3)))
(let ((?x795 (+ 1.0 ?x209)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x146 (/ ?x24 exp!3)))
(let ((?x416 (+ ?x146 ?x795)))
(let (($x202 (> ?x416 0.0)))
(=> $x202 (= exp!9 ?x416))))))))))
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
(declare-fun exp!4 () Real)
(declare-fun log!56 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!82 () Real)
(declare-fun exp!8 () Real)
(declare-fun log!110 () Real)
(declare-fun exp!9 () Real)
(assert
 true)
(assert
 (< |logits[0]| |logits[1]|))
(assert
 (< |logits[1]| |logits[2]|))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (< 0.0 ?x483))))))))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x359 (/ ?x117 exp!7)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x358 (/ ?x115 exp!7)))
 (let ((?x355 (+ ?x358 ?x359)))
 (let ((?x357 (/ 1.0 exp!7)))
 (let ((?x356 (+ ?x357 ?x355)))
 (or (and (distinct 1.0 ?x356) true))))))))))))
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
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!4 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!4))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!4 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!4))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!4 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!4 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!4 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!4 ?x54))))))))))
(assert
 (let (($x58 (< log!56 |logits[2]|)))
 (= $x58 (< exp!5 exp!1))))
(assert
 (let (($x61 (< |logits[2]| log!56)))
 (= $x61 (< exp!1 exp!5))))
(assert
 (let (($x64 (< log!56 |logits[0]|)))
 (= $x64 (< exp!5 exp!2))))
(assert
 (let (($x67 (< |logits[0]| log!56)))
 (= $x67 (< exp!2 exp!5))))
(assert
 (let (($x70 (< log!56 |logits[1]|)))
 (= $x70 (< exp!5 exp!3))))
(assert
 (let (($x73 (< |logits[1]| log!56)))
 (= $x73 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!56 log!56)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x77 (> log!56 0.0)))
 (= $x77 (> exp!5 1.0))))
(assert
 (let ((?x80 (+ 1.0 log!56)))
 (>= exp!5 ?x80)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x52 (/ ?x51 exp!2)))
 (let ((?x53 (+ 1.0 ?x52)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x33 (/ ?x24 exp!2)))
 (let ((?x54 (+ ?x33 ?x53)))
 (let (($x82 (> ?x54 0.0)))
 (=> $x82 (= exp!5 ?x54))))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!6 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!6))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!6 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!6))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!6 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!6))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!6 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!6 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!6 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x206 (> ?x483 0.0)))
 (=> $x206 (= exp!6 ?x483))))))))))
(assert
 (let (($x422 (< log!82 |logits[2]|)))
 (= $x422 (< exp!7 exp!1))))
(assert
 (let (($x417 (< |logits[2]| log!82)))
 (= $x417 (< exp!1 exp!7))))
(assert
 (let (($x478 (< log!82 |logits[0]|)))
 (= $x478 (< exp!7 exp!2))))
(assert
 (let (($x470 (< |logits[0]| log!82)))
 (= $x470 (< exp!2 exp!7))))
(assert
 (let (($x471 (< log!82 |logits[1]|)))
 (= $x471 (< exp!7 exp!3))))
(assert
 (let (($x479 (< |logits[1]| log!82)))
 (= $x479 (< exp!3 exp!7))))
(assert
 (let (($x390 (< log!82 log!56)))
 (= $x390 (< exp!7 exp!5))))
(assert
 (let (($x116 (< log!56 log!82)))
 (= $x116 (< exp!5 exp!7))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!7 exp!6))))
(assert
 (let (($x245 (< log!82 log!82)))
 (= $x245 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x350 (> log!82 0.0)))
 (= $x350 (> exp!7 1.0))))
(assert
 (let ((?x349 (+ 1.0 log!82)))
 (>= exp!7 ?x349)))
(assert
 (let ((?x51 (* 1.0 exp!3)))
 (let ((?x117 (/ ?x51 exp!1)))
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x115 (/ ?x114 exp!1)))
 (let ((?x404 (+ ?x115 ?x117)))
 (let ((?x483 (+ 1.0 ?x404)))
 (let (($x206 (> ?x483 0.0)))
 (=> $x206 (= exp!7 ?x483))))))))))
(assert
 (let (($x375 (< log!110 |logits[2]|)))
 (= $x375 (< exp!8 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!110)))
 (= $x607 (< exp!1 exp!8))))
(assert
 (let (($x225 (< log!110 |logits[0]|)))
 (= $x225 (< exp!8 exp!2))))
(assert
 (let (($x275 (< |logits[0]| log!110)))
 (= $x275 (< exp!2 exp!8))))
(assert
 (let (($x254 (< log!110 |logits[1]|)))
 (= $x254 (< exp!8 exp!3))))
(assert
 (let (($x354 (< |logits[1]| log!110)))
 (= $x354 (< exp!3 exp!8))))
(assert
 (let (($x586 (< log!110 log!56)))
 (= $x586 (< exp!8 exp!5))))
(assert
 (let (($x559 (< log!56 log!110)))
 (= $x559 (< exp!5 exp!8))))
(assert
 (let (($x504 (< log!110 log!82)))
 (= $x504 (< exp!8 exp!7))))
(assert
 (let (($x433 (< log!82 log!110)))
 (= $x433 (< exp!7 exp!8))))
(assert
 (> exp!8 0.0))
(assert
 (let (($x381 (> log!110 0.0)))
 (= $x381 (> exp!8 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!110)))
 (>= exp!8 ?x248)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
 (let ((?x209 (/ ?x114 exp!3)))
 (let ((?x795 (+ 1.0 ?x209)))
 (let ((?x24 (* 1.0 exp!1)))
 (let ((?x146 (/ ?x24 exp!3)))
 (let ((?x416 (+ ?x146 ?x795)))
 (let (($x202 (> ?x416 0.0)))
 (=> $x202 (= exp!8 ?x416))))))))))
(assert
 (let (($x375 (< log!110 |logits[2]|)))
 (= $x375 (< exp!9 exp!1))))
(assert
 (let (($x607 (< |logits[2]| log!110)))
 (= $x607 (< exp!1 exp!9))))
(assert
 (let (($x225 (< log!110 |logits[0]|)))
 (= $x225 (< exp!9 exp!2))))
(assert
 (let (($x275 (< |logits[0]| log!110)))
 (= $x275 (< exp!2 exp!9))))
(assert
 (let (($x254 (< log!110 |logits[1]|)))
 (= $x254 (< exp!9 exp!3))))
(assert
 (let (($x354 (< |logits[1]| log!110)))
 (= $x354 (< exp!3 exp!9))))
(assert
 (let (($x586 (< log!110 log!56)))
 (= $x586 (< exp!9 exp!5))))
(assert
 (let (($x559 (< log!56 log!110)))
 (= $x559 (< exp!5 exp!9))))
(assert
 (let (($x504 (< log!110 log!82)))
 (= $x504 (< exp!9 exp!7))))
(assert
 (let (($x433 (< log!82 log!110)))
 (= $x433 (< exp!7 exp!9))))
(assert
 (let (($x343 (< log!110 log!110)))
 (= $x343 (< exp!9 exp!8))))
(assert
 (let (($x343 (< log!110 log!110)))
 (= $x343 (< exp!8 exp!9))))
(assert
 (> exp!9 0.0))
(assert
 (let (($x381 (> log!110 0.0)))
 (= $x381 (> exp!9 1.0))))
(assert
 (let ((?x248 (+ 1.0 log!110)))
 (>= exp!9 ?x248)))
(assert
 (let ((?x114 (* 1.0 exp!2)))
(let ((?x209 (/ ?x114 exp!3)))
(let ((?x795 (+ 1.0 ?x209)))
(let ((?x24 (* 1.0 exp!1)))
(let ((?x146 (/ ?x24 exp!3)))
(let ((?x416 (+ ?x146 ?x795)))
(let (($x202 (> ?x416 0.0)))
(=> $x202 (= exp!9 ?x416))))))))))
(check-sat)
(pop 1)
